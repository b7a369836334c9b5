package com.erefiber.vicvil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.cli.Cli;
import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxSettings;
import com.erefiber.vicvil.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoScriptTest {
    @TempDir
    Path dir;

    @Test
    void theDemoCommandRunsEveryStepAsExpected() {
        CliRun run = CliRun.run("demo", "--dir", dir.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.startsWith("✔ "))).hasSize(15);
        assertThat(run.out()).doesNotContain("✘");
    }

    @Test
    void aStepWhoseOutcomeDiffersFailsTheDemo() throws Exception {
        StringWriter out = new StringWriter();
        Console console =
                new Console(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), false, false, false);
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults(2))) {
            // NMS refuses every ONU change: naming and enabling ONUs cannot happen.
            sandbox.faults().on("PUT /nms/api/v2.1/devices/onus/").failNext(10_000, 400);

            List<String> failed = new DemoScript(sandbox, dir, console, (stdout, stderr, clock, args) -> new Cli(
                                    stdout, stderr, Map.of(), clock, false)
                            .run(args))
                    .run();

            assertThat(failed).anyMatch(step -> step.startsWith("rename-onus"));
            assertThat(out.toString()).contains("✘ rename-onus", "expected 118 ONUs named, got 0");
        }
    }
}
