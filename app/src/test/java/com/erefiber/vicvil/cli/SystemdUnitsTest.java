package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.testing.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The systemd/ folder: a timer and a service per job (and the cycle, and the digest), each running a real vicvil
 * command line.
 */
class SystemdUnitsTest {
    private static final Path SYSTEMD = SharedFolder.repoRoot().resolve("systemd");
    private static final String LAUNCHER = "/opt/vicvil/vicvil";

    private static List<String> scheduled() {
        List<String> names = new ArrayList<>(Job.labels());
        names.add("cycle");
        names.add("digest");
        return names;
    }

    @Test
    void everyJobHasAPersistentTimerStartingItsService() throws IOException {
        for (String job : scheduled()) {
            Path timer = SYSTEMD.resolve("vicvil-" + job + ".timer");
            assertThat(timer).as(job + "'s timer").isRegularFile();
            List<String> lines = Files.readAllLines(timer);
            assertThat(lines)
                    .as(timer.toString())
                    .contains("Persistent=true", "Unit=vicvil-" + job + ".service", "WantedBy=timers.target")
                    .anyMatch(line -> line.startsWith("OnCalendar="));
        }
    }

    @Test
    void everyServiceRunsItsOwnCommandQuietlyWithAbsolutePaths() throws IOException {
        for (String job : scheduled()) {
            Path service = SYSTEMD.resolve("vicvil-" + job + ".service");
            assertThat(service).as(job + "'s service").isRegularFile();
            String exec = Files.readAllLines(service).stream()
                    .filter(line -> line.startsWith("ExecStart="))
                    .findFirst()
                    .orElseThrow()
                    .substring("ExecStart=".length());
            List<String> words = Arrays.asList(exec.split("\\s+"));
            assertThat(words.get(0)).isEqualTo(LAUNCHER);
            assertThat(words).contains("--quiet", job);
            assertThat(words.get(words.indexOf("--config") + 1)).startsWith("/");

            // The rest of the line must parse as it stands: the command and every option exist.
            List<String> args = new ArrayList<>(words.subList(1, words.size()));
            args.add("--help");
            CliRun help = CliRun.run(args.toArray(String[]::new));
            assertThat(help.exitCode()).as(exec + "\n" + help.err()).isZero();
            assertThat(help.out()).contains("Usage: vicvil " + job);
        }
    }

    @Test
    void theFolderHoldsNothingButThesePairs() throws IOException {
        List<String> expected = scheduled().stream()
                .flatMap(job -> Stream.of("vicvil-" + job + ".service", "vicvil-" + job + ".timer"))
                .sorted()
                .toList();
        try (Stream<Path> files = Files.list(SYSTEMD)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(expected);
        }
    }
}
