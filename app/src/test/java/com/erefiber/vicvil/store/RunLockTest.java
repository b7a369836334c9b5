package com.erefiber.vicvil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs real second JVMs as lock holders; the generous timeouts only guard against a hung child. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RunLockTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    void takesTheLockBesideTheStateFileAndSaysWhoHoldsIt() throws IOException {
        Path state = dir.resolve("state/vicvil.db");
        // Reading the file here closes a second descriptor, which drops the kernel lock (Linux): fine for a
        // check of the text, and the reason RunLock itself never reopens a lock file this process holds.

        try (RunLock lock = RunLock.acquire(state, "sync-leases", 0, CLOCK, message -> {})) {
            assertThat(lock.path()).isEqualTo(dir.resolve("state/vicvil.db.lock"));
            assertThat(Files.readString(lock.path()))
                    .isEqualTo("pid " + ProcessHandle.current().pid() + ", sync-leases, since 2025-03-01T12:00:00Z\n");
        }

        assertThat(Files.readString(dir.resolve("state/vicvil.db.lock"))).isEmpty();
        RunLock.acquire(state, "check-rent", 0, CLOCK, message -> {}).close();
    }

    @Test
    void aSecondRunInThisProcessWaitsThenFailsWithTempfail() throws IOException {
        Path state = dir.resolve("vicvil.db");
        List<String> notices = new ArrayList<>();
        try (RunLock held = RunLock.acquire(state, "sync-leases", 0, CLOCK, message -> {})) {
            VicvilException error = catchThrowableOfType(
                    VicvilException.class, () -> RunLock.acquire(state, "check-rent", 1, CLOCK, notices::add));

            assertThat(error.exitCode()).isEqualTo(ExitCodes.TEMPFAIL);
            assertThat(error)
                    .hasMessage(
                            "another vicvil run (pid " + ProcessHandle.current().pid()
                                    + ", sync-leases, since 2025-03-01T12:00:00Z) holds the lock " + held.path()
                                    + "; waited 1 s");
            assertThat(notices).singleElement().asString().startsWith("waiting up to 1 s for the lock " + held.path());
            // The waiter never touched the file, so the kernel lock is still ours: another process is kept out.
            assertThat(startHolder(state, "billing"))
                    .startsWith("busy: another vicvil run (pid "
                            + ProcessHandle.current().pid() + ", sync-leases");
        }
    }

    @Test
    void aRunHeldByAnotherProcessTimesOutAndIsTakenOverOnceThatProcessIsKilled() throws Exception {
        Path state = dir.resolve("vicvil.db");
        assertThat(startHolder(state, "sync-leases")).isEqualTo("locked");
        Process holder = children.get(children.size() - 1);

        VicvilException error = catchThrowableOfType(
                VicvilException.class, () -> RunLock.acquire(state, "check-rent", 1, CLOCK, message -> {}));

        assertThat(error.exitCode()).isEqualTo(ExitCodes.TEMPFAIL);
        assertThat(error)
                .hasMessageStartingWith("another vicvil run (pid " + holder.pid() + ", sync-leases, since ")
                .hasMessageEndingWith(") holds the lock " + RunLock.lockFileFor(state) + "; waited 1 s");

        holder.destroyForcibly().waitFor();

        try (RunLock taken = RunLock.acquire(state, "check-rent", 60, CLOCK, message -> {})) {
            assertThat(Files.readString(taken.path())).contains("check-rent");
        }
    }

    @Test
    void aWaitingRunGetsTheLockWhenTheHolderReleasesItInTime() throws Exception {
        Path state = dir.resolve("vicvil.db");
        assertThat(startHolder(state, "sync-leases")).isEqualTo("locked");
        Process holder = children.get(children.size() - 1);
        CountDownLatch waiting = new CountDownLatch(1);

        CompletableFuture<RunLock> waiter = CompletableFuture.supplyAsync(
                () -> RunLock.acquire(state, "check-rent", 120, CLOCK, message -> waiting.countDown()));
        assertThat(waiting.await(60, TimeUnit.SECONDS))
                .as("the second run reports that it waits")
                .isTrue();
        try (Writer toHolder = holder.outputWriter(StandardCharsets.UTF_8)) {
            toHolder.write("release\n");
        }

        try (RunLock lock = waiter.get(60, TimeUnit.SECONDS)) {
            assertThat(Files.readString(lock.path())).contains("check-rent");
        }
        assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(holder.exitValue()).isZero();
    }

    @Test
    void aFileLockTakenOutsideRunLockInThisProcessCountsAsHeld() throws IOException {
        Path state = dir.resolve("vicvil.db");
        try (FileChannel channel = FileChannel.open(
                        RunLock.lockFileFor(state), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var foreign = channel.lock()) {
            VicvilException error = catchThrowableOfType(
                    VicvilException.class, () -> RunLock.acquire(state, "check-rent", 0, CLOCK, message -> {}));

            assertThat(error.exitCode()).isEqualTo(ExitCodes.TEMPFAIL);
            assertThat(error)
                    .hasMessage("another vicvil run holds the lock " + RunLock.lockFileFor(state) + "; waited 0 s");
        }
    }

    /** Starts {@link LockHolderMain} in its own JVM; returns its first line: "locked", or "busy: …". */
    private String startHolder(Path state, String job) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolderMain.class.getName(),
                        state.toString(),
                        job)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        children.add(holder);
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        return out.readLine();
    }
}
