package com.erefiber.vicvil.rent;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.core.JobRun;
import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.store.HoldsFile;
import com.erefiber.vicvil.store.Journal;
import com.erefiber.vicvil.store.JournalOutcome;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The operator's holds (DESIGN §4): {@code vicvil hold} and {@code vicvil release} change the holds file and journal
 * each change; {@code vicvil hold --list} prints it. A hold takes effect at check-rent's next run (which then lifts
 * vicvil's own rent suspension of the unit); lease events still apply to a held unit.
 */
public final class HoldDesk {
    /** The journal's job name for hold changes. */
    public static final String JOB = "hold";

    private final AppContext context;

    public HoldDesk(AppContext context) {
        this.context = context;
    }

    /** Holds {@code unit} through {@code until} for {@code reason}, replacing an earlier hold of it. */
    public int hold(JobRun run, UnitKey unit, LocalDate until, String reason) {
        LocalDate today =
                context.clock().instant().atZone(context.config().zone()).toLocalDate();
        if (until.isBefore(today)) {
            throw new VicvilException(
                    ExitCodes.USAGE, "--until " + until + " is in the past (today is " + today + " in the complex)");
        }
        if (reason.isBlank()) {
            throw new VicvilException(ExitCodes.USAGE, "--reason must say why the unit is held");
        }
        HoldsFile file = file();
        Map<UnitKey, Hold> holds = new LinkedHashMap<>(file.load());
        Hold hold = new Hold(unit, until, reason.strip(), today);
        Hold earlier = holds.put(unit, hold);
        String what = "hold until " + until + (earlier == null ? "" : " (was until " + earlier.until() + ")");
        journal(run, unit, "hold", what + ": " + hold.reason(), () -> file.save(holds));
        context.console()
                .info(unit + " is on hold until " + until + "; check-rent's next run lifts vicvil's rent suspension"
                        + " of it, if any (vicvil check-rent --unit \"" + unit + "\" does it now)");
        return ExitCodes.OK;
    }

    /** Releases {@code unit}'s hold; releasing a unit that is not held changes nothing. */
    public int release(JobRun run, UnitKey unit) {
        HoldsFile file = file();
        Map<UnitKey, Hold> holds = new LinkedHashMap<>(file.load());
        Hold released = holds.remove(unit);
        if (released == null) {
            context.console().info(unit + " is not on hold; nothing changed");
            return ExitCodes.OK;
        }
        journal(
                run,
                unit,
                "release",
                "hold until " + released.until() + " released (" + released.reason() + ")",
                () -> file.save(holds));
        context.console().info(unit + " is no longer on hold; check-rent judges its rent again from its next run");
        return ExitCodes.OK;
    }

    /** Prints the holds, one per line (unit, until, set on, reason; an expired one says so). */
    public int list() {
        Map<UnitKey, Hold> holds = file().load();
        LocalDate today =
                context.clock().instant().atZone(context.config().zone()).toLocalDate();
        Console console = context.console();
        if (holds.isEmpty()) {
            console.info("no unit is on hold (" + context.config().holdsPath() + ")");
            return ExitCodes.OK;
        }
        holds.values().stream().sorted(Comparator.comparing(Hold::unit)).forEach(hold -> console.out()
                .println(String.join(
                        "\t",
                        hold.unit().toString(),
                        "until " + hold.until() + (hold.coversDay(today) ? "" : " (expired)"),
                        "set " + hold.setOn(),
                        hold.reason())));
        console.out().flush();
        return ExitCodes.OK;
    }

    private HoldsFile file() {
        return new HoldsFile(context.config().holdsPath());
    }

    /** The change is journaled before and after: the journal shows an attempt even when the file could not be written. */
    private void journal(JobRun run, UnitKey unit, String action, String reason, Runnable change) {
        Journal journal = context.store().journal();
        long id = journal.begin(run.runId().orElseThrow(), JOB, unit, action, reason);
        try {
            change.run();
        } catch (RuntimeException e) {
            journal.finish(id, JournalOutcome.FAILED, e.getMessage());
            throw e;
        }
        journal.finish(id, JournalOutcome.DONE, context.config().holdsPath().toString());
    }
}
