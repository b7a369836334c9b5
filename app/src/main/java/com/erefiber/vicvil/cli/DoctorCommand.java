package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.doctor.Doctor;
import com.erefiber.vicvil.error.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil doctor}: a ✔/✘ checklist of everything a run needs ({@link Doctor}); exits 1 when any check fails. */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description = "Check config, inventory, state store and API access; exit 1 if anything is wrong.")
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Override
    public Integer call() {
        AppContext context = root.context();
        boolean ok = Doctor.run(context, result -> context.console().out().println(result.line()));
        context.console().out().flush();
        return ok ? ExitCodes.OK : ExitCodes.ATTENTION;
    }
}
