package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.app.AppContext;
import com.erefiber.vicvil.app.ExitCodes;
import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.doctor.Check;
import com.erefiber.vicvil.doctor.Checklist;
import com.erefiber.vicvil.inventory.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil doctor}: a ✔/✘ checklist of everything a run needs; exits 1 when any check fails. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check config, inventory, state store and API access; exit 1 if anything is wrong.")
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Override
    public Integer call() {
        AppContext context = root.context();
        Checklist checklist = new Checklist(result -> context.console().out().println(result.line()));
        boolean configOk = checklist.run(new Check("config", () -> describe(context.config())));
        checklist.runIf(configOk, "config", new Check("inventory", () -> describe(context.inventory())));
        checklist.runIf(configOk, "config", new Check("state store", () -> describeStore(context)));
        context.console().out().flush();
        return checklist.allOk() ? ExitCodes.OK : ExitCodes.ATTENTION;
    }

    private static String describe(AppConfig config) {
        return config.file() + " (" + config.packages().size() + " packages, default "
                + config.defaultPackage().name() + ", time zone " + config.zone() + ")";
    }

    private static String describe(Inventory inventory) {
        long withOnu = inventory.rows().stream().filter(row -> row.hasOnu()).count();
        return inventory.source() + ": " + inventory.size() + " units in " + inventory.buildings().size()
                + " buildings, " + withOnu + " with an ONU installed";
    }

    private static String describeStore(AppContext context) throws Exception {
        Path file = context.config().statePath();
        if (!context.storeExists()) {
            // doctor reads only: say where the first run will create it, and that it can.
            Path folder = file.toAbsolutePath().getParent();
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !Files.isWritable(existing)) {
                throw new IllegalStateException(file + " does not exist and " + existing + " is not writable");
            }
            return file + " not created yet; the first job run creates it";
        }
        return file + " (schema version " + context.store().schemaVersion() + ")";
    }
}
