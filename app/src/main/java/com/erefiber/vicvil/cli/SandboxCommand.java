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
import java.time.Duration;
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
@Command(
        name = "sandbox",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serves fakes of Innago and UISP (CRM + NMS) on 127.0.0.1 until Ctrl-C, seeded with Victorian Village "
                    + "(118 units, their tenants and ONUs) and some of ERE's other subscribers.",
            "",
            "Writes config.yaml, onus.csv (the serials of the sandbox's ONUs) and sandbox.env (the credentials, "
                    + "mode 0600) into DIR and prints DIR on stdout. Then try: vicvil -c DIR/config.yaml doctor",
            "",
            "GET /sandbox/requests on either port answers how many requests and writes the fakes have served "
                    + "(bench/run reads it).",
            ""
        })
public final class SandboxCommand implements Callable<Integer> {
    /** Beyond a minute per request every client times out anyway. */
    private static final int MAX_LATENCY_MILLIS = 60_000;
    /** 100 complexes (11,800 units) is far past any real owner and still seeds in seconds. */
    private static final int MAX_SCALE = 100;

    @ParentCommand
    private VicvilCommand root;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "Innago listens on N and UISP on N+1 (default: two free ports).")
    private Integer port;

    @Option(
            names = "--latency",
            paramLabel = "MS",
            defaultValue = "0",
            description =
                    "Delays every answer by MS milliseconds, as a distant server would (default: ${DEFAULT-VALUE}).")
    private int latencyMillis;

    @Option(
            names = "--scale",
            paramLabel = "N",
            defaultValue = "1",
            description = "N complexes' worth of buildings (118 units each; copies numbered 1000 higher up the "
                    + "street), for load and memory tests (default: ${DEFAULT-VALUE}).")
    private int scale;

    @Mixin
    private SandboxOptions sandboxOptions;

    @Override
    public Integer call() throws IOException {
        if (port != null && (port < 1 || port > 65534)) {
            throw new ParameterException(spec.commandLine(), "--port must be between 1 and 65534: " + port);
        }
        if (latencyMillis < 0 || latencyMillis > MAX_LATENCY_MILLIS) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--latency must be between 0 and " + MAX_LATENCY_MILLIS + " ms: " + latencyMillis);
        }
        if (scale < 1 || scale > MAX_SCALE) {
            throw new ParameterException(
                    spec.commandLine(), "--scale must be between 1 and " + MAX_SCALE + ": " + scale);
        }
        Console console = root.context().console();
        SandboxSettings settings = SandboxSettings.defaults(sandboxOptions.seed)
                .withClock(root.context().clock())
                .withScale(scale);
        if (port != null) {
            settings = settings.withPorts(port, port + 1);
        }
        Path target = sandboxOptions.folder("vicvil-sandbox-", console);
        try (Sandbox sandbox = start(settings)) {
            if (latencyMillis > 0) {
                sandbox.faults().on("").latency(Duration.ofMillis(latencyMillis));
            }
            SandboxFiles files = sandbox.writeConfig(target);
            console.out().println(target.toAbsolutePath());
            console.out().flush();
            console.info("Innago (fake): " + sandbox.innagoApiUrl());
            console.info("UISP (fake):   " + sandbox.uispUrl() + "  (CRM /crm/api/v1.0, NMS /nms/api/v2.1)");
            console.info("seed " + sandboxOptions.seed + ": "
                    + sandbox.world().occupiedUnits().size() + " of "
                    + sandbox.world().units().size() + " units let, "
                    + sandbox.world().unitsWithUnpaidRent().size() + " with unpaid rent"
                    + (latencyMillis > 0 ? ", " + latencyMillis + " ms per request" : ""));
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
            throw new VicvilException(
                    ExitCodes.USAGE,
                    "cannot listen on port " + settings.innagoPort() + " or " + settings.uispPort() + " ("
                            + e.getMessage() + "): choose another --port",
                    e);
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
