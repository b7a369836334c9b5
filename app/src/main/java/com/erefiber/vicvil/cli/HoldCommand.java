package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.JobRunner;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.inventory.UnitKeys;
import com.erefiber.vicvil.rent.HoldDesk;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil hold}: exempt a unit from rent suspension until a date, or list the holds. */
@Command(
        name = "hold",
        mixinStandardHelpOptions = true,
        description = "Exempt a unit from rent suspension until a date (check-rent lifts vicvil's suspension of it on"
                + " its next run), or list the holds with --list.")
final class HoldCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Parameters(arity = "0..1", paramLabel = "UNIT", description = "The unit, e.g. \"300 S Harper #4\".")
    private String unit;

    @Option(names = "--until", paramLabel = "DATE", description = "Last day of the hold (YYYY-MM-DD, inclusive).")
    private String until;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (kept in the holds file and the journal).")
    private String reason;

    @Option(names = "--list", description = "List the holds instead.")
    private boolean list;

    @Mixin
    private LockOptions lock;

    @Override
    public Integer call() {
        AppContext context = root.context();
        HoldDesk desk = new HoldDesk(context);
        if (list) {
            if (unit != null || until != null || reason != null) {
                throw new VicvilException(ExitCodes.USAGE, "--list takes no unit, --until or --reason");
            }
            return desk.list();
        }
        if (unit == null || until == null || reason == null) {
            throw new VicvilException(
                    ExitCodes.USAGE, "hold needs UNIT, --until DATE and --reason TEXT (or --list to list the holds)");
        }
        UnitKey key = UnitKeys.resolve(context.inventory(), unit);
        LocalDate last = date(until);
        return new JobRunner(context, lock.waitSeconds)
                .run(HoldDesk.JOB, false, run -> desk.hold(run, key, last, reason));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new VicvilException(ExitCodes.USAGE, "--until \"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
