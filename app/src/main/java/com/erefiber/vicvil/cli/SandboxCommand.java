package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.sandbox.SandboxSettings;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vicvil sandbox}: serves fakes of Innago and UISP on loopback and writes a config that points at them. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Serves fakes of Innago and UISP (CRM + NMS) on 127.0.0.1 until Ctrl-C, seeded with Victorian Village "
                + "(118 units, their tenants and ONUs) and some of ERE's other subscribers.",
            "",
            "Writes config.yaml, onus.csv (the serials of the sandbox's ONUs) and sandbox.env (the credentials, "
                + "mode 0600) into DIR and prints DIR on stdout. Then try: vicvil -c DIR/config.yaml doctor",
            ""})
public final class SandboxCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N",
            description = "Innago listens on N and UISP on N+1 (default: two free ports).")
    private Integer port;

    @Mixin
    private SandboxOptions sandboxOptions;

    @Override
    public Integer call() throws IOException {
        if (port != null && (port < 1 || port > 65534)) {
            throw new ParameterException(spec.commandLine(), "--port must be between 1 and 65534: " + port);
        }
        Console console = root.context().console();
        SandboxSettings settings = SandboxSettings.defaults(sandboxOptions.seed).withClock(root.context().clock());
        if (port != null) {
            settings = settings.withPorts(port, port + 1);
        }
        Path target = sandboxOptions.folder("vicvil-sandbox-", console);
        try (Sandbox sandbox = start(settings)) {
            SandboxFiles files = sandbox.writeConfig(target);
            console.out().println(target.toAbsolutePath());
            console.out().flush();
            console.info("Innago (fake): " + sandbox.innagoApiUrl());
            console.info("UISP (fake):   " + sandbox.uispUrl() + "  (CRM /crm/api/v1.0, NMS /nms/api/v2.1)");
            console.info("seed " + sandboxOptions.seed + ": " + sandbox.world().occupiedUnits().size() + " of "
                    + sandbox.world().units().size() + " units let, "
                    + sandbox.world().unitsWithUnpaidRent().size() + " with unpaid rent");
            console.info("config: " + files.config().toAbsolutePath());
            console.info("try:    vicvil -c " + files.config().toAbsolutePath() + " doctor");
            console.info("Ctrl-C stops the sandbox.");
            awaitInterrupt();
        }
        return ExitCodes.OK;
    }

    private static Sandbox start(SandboxSettings settings) throws IOException {
        try {
            return Sandbox.start(settings);
        } catch (BindException e) {
            throw new VicvilException(ExitCodes.USAGE, "cannot listen on port " + settings.innagoPort() + " or "
                    + settings.uispPort() + " (" + e.getMessage() + "): choose another --port", e);
        }
    }

    /** Serves until the process is stopped (Ctrl-C) or, in tests, this thread is interrupted. */
    private static void awaitInterrupt() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
