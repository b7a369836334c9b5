package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.demo.DemoScript;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil demo}: the whole cycle against an in-process sandbox, each step checked. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run the whole cycle against a private sandbox (loopback only) and check every step; "
                + "exit 1 if any outcome differs from the script.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Mixin
    private SandboxOptions sandboxOptions;

    @Override
    public Integer call() throws IOException {
        Console console = root.context().console();
        Path target = sandboxOptions.folder("vicvil-demo-", console);
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults(sandboxOptions.seed))) {
            console.info("demo folder: " + target.toAbsolutePath() + " (sandbox seed " + sandboxOptions.seed + ")");
            List<String> failed = new DemoScript(sandbox, target, console, (out, err, clock, args) -> new Cli(
                                    out, err, Map.of(), clock, false)
                            .run(args))
                    .run();
            console.info(
                    failed.isEmpty()
                            ? "demo: every step as expected"
                            : "demo: " + failed.size() + " step(s) not as expected");
            return failed.isEmpty() ? ExitCodes.OK : ExitCodes.ATTENTION;
        }
    }
}
