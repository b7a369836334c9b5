package com.erefiber.vicvil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code vicvil} launcher's start-up cache, run as cron runs it (a shell script starting a JVM) on a probe
 * jar that prints the JVM options it was given: the class-data archive and SQLite's library are made once and
 * used after, and no archive, however damaged, changes what a run prints or how it exits.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "vicvil");
    private static final String SQLITE_LIBRARY = "not really a shared library";

    @TempDir
    Path dir;

    private Path cache;

    @BeforeEach
    void install() throws IOException {
        assumeTrue(Files.isRegularFile(LAUNCHER), "the launcher is beside the app module");
        assumeTrue(System.getProperty("os.name").equals("Linux"), "the launcher's cache needs GNU stat");
        Path launcher = dir.resolve("vicvil");
        Files.copy(LAUNCHER, launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        writeProbeJar(dir.resolve("vicvil.jar"));
        cache = dir.resolve("cache");
    }

    @Test
    void theFirstRunOfACommandWritesItsArchiveAndLaterRunsMapIt() throws Exception {
        Run first = run("probe", "0");
        Run second = run("probe", "0");

        assertThat(first.exitCode()).isZero();
        assertThat(first.jvmOptions())
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile="))
                .anyMatch(option -> option.startsWith("-XX:DumpLoadedClassList="));
        assertThat(archives()).singleElement().satisfies(archive -> assertThat(
                        archive.getFileName().toString())
                .endsWith(".probe." + Files.size(archive) + ".jsa"));
        assertThat(second.exitCode()).isZero();
        assertThat(second.jvmOptions())
                .contains(
                        "-XX:+VerifySharedSpaces",
                        "-XX:SharedArchiveFile=" + archives().get(0))
                .noneMatch(option -> option.startsWith("-XX:DumpLoadedClassList="));
        assertThat(second.arguments()).isEqualTo(first.arguments()).isEqualTo("probe 0");
        assertThat(second.err()).isEmpty();
    }

    @Test
    void sqlitesLibraryIsTakenOutOfTheJarOnceAndNamedToTheDriver() throws Exception {
        assumeTrue(sqliteFolder() != null && hasCommand("unzip"), "a machine the launcher extracts for");

        Run run = run("probe", "0");

        Path library = Files.list(cache.resolve("vicvil"))
                .filter(f -> f.toString().endsWith(".libsqlitejdbc.so"))
                .findFirst()
                .orElseThrow();
        assertThat(Files.readString(library)).isEqualTo(SQLITE_LIBRARY);
        assertThat(run.jvmOptions())
                .contains(
                        "-Dorg.sqlite.lib.path=" + cache.resolve("vicvil"),
                        "-Dorg.sqlite.lib.name=" + library.getFileName());
    }

    @Test
    void aTruncatedArchiveIsNeverMappedAndIsWrittenAgain() throws Exception {
        run("probe", "0");
        Path archive = archives().get(0);
        long size = Files.size(archive);
        truncate(archive, size / 2);

        Run run = run("probe", "0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.jvmOptions()).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile="));
        assertThat(archives()).singleElement().satisfies(rewritten -> assertThat(Files.size(rewritten))
                .isEqualTo(size));
    }

    @Test
    void aDamagedArchiveIsIgnoredWithoutAWord() throws Exception {
        run("probe", "0");
        Path archive = archives().get(0);
        archive.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(archive);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 4096; i++) {
            bytes[i] ^= (byte) 0x5a;
        }
        Files.write(archive, bytes);

        Run run = run("probe", "0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.jvmOptions()).contains("-XX:SharedArchiveFile=" + archive);
        assertThat(run.arguments()).isEqualTo("probe 0");
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theExitCodePassesThroughAndOnlyARunThatDidItsWorkKeepsAnArchive() throws Exception {
        Run usageError = run("probe", "2");
        assertThat(usageError.exitCode()).isEqualTo(2);
        assertThat(archives()).isEmpty();

        Run attention = run("probe", "1");
        assertThat(attention.exitCode()).isEqualTo(1);
        assertThat(archives()).hasSize(1);

        assertThat(run("probe", "4").exitCode()).isEqualTo(4);
    }

    /** What the probe printed and how the launcher exited. */
    private record Run(int exitCode, String out, String err) {
        /** The JVM options the probe saw, from its first line: {@code [-XX:..., -D...]}. */
        List<String> jvmOptions() {
            String first = out.lines().findFirst().orElse("[]");
            return List.of(first.substring(1, first.length() - 1).split(", "));
        }

        /** The arguments the probe got, from its second line. */
        String arguments() {
            return out.lines().skip(1).findFirst().orElse("");
        }
    }

    private Run run(String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of("sh", dir.resolve("vicvil").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.remove("VICVIL_CACHE_DIR");
        env.remove("VICVIL_JAVA_OPTS");
        env.remove("JAVA");
        env.put("XDG_CACHE_HOME", cache.toString());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private List<Path> archives() throws IOException {
        Path folder = cache.resolve("vicvil");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    private static void truncate(Path file, long size) throws IOException {
        file.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) size));
    }

    /** sqlite-jdbc's folder for this machine, as the launcher names it; null where it leaves it to the driver. */
    private static String sqliteFolder() {
        return switch (System.getProperty("os.arch").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
    }

    private static boolean hasCommand(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, name)));
    }

    /** A jar whose main class is {@link Probe}, with a stand-in for sqlite-jdbc's native library. */
    private static void writeProbeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
        String probeClass = Probe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream probe = LauncherTest.class.getClassLoader().getResourceAsStream(probeClass)) {
            out.putNextEntry(new JarEntry(probeClass));
            probe.transferTo(out);
            String folder = sqliteFolder();
            if (folder != null) {
                out.putNextEntry(new JarEntry("org/sqlite/native/Linux/" + folder + "/libsqlitejdbc.so"));
                out.write(SQLITE_LIBRARY.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Prints the JVM's options and its arguments, then exits with the code its last argument names. */
    public static final class Probe {
        private Probe() {}

        public static void main(String[] args) {
            System.out.println(ManagementFactory.getRuntimeMXBean().getInputArguments());
            System.out.println(String.join(" ", args));
            System.exit(Integer.parseInt(args[args.length - 1]));
        }
    }
}
