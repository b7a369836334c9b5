package com.erefiber.vicvil.store;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.FileErrors;
import com.erefiber.vicvil.error.VicvilException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Lets one mutating vicvil run at a time: an OS file lock on {@code <state file>.lock}. The kernel frees
 * the lock when its process dies, so a lock left by a killed run is taken over without any cleanup. The
 * file holds "pid N, job, since T" of the holder, for the waiting run's message.
 */
public final class RunLock implements AutoCloseable {
    private static final long POLL_MILLIS = 250;
    /** Enough for the holder line; a longer file is not one vicvil wrote. */
    private static final int HOLDER_TEXT_MAX = 200;
    /**
     * Lock files this process is using, with the holder text. Static because the OS lock belongs to the
     * whole process: on Linux closing *any* descriptor of the file drops it, so a second RunLock in the
     * same JVM must not even open the file while the first holds it.
     */
    private static final ConcurrentMap<Path, String> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private RunLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file that guards {@code stateFile}: beside it, named {@code <state file>.lock}. */
    public static Path lockFileFor(Path stateFile) {
        return stateFile
                .resolveSibling(stateFile.getFileName() + ".lock")
                .toAbsolutePath()
                .normalize();
    }

    /**
     * Takes the lock for {@code job}, polling for up to {@code waitSeconds} while another run holds it;
     * {@code waiting} hears once that this run is waiting. Throws exit 75 when the wait runs out.
     */
    public static RunLock acquire(Path stateFile, String job, int waitSeconds, Clock clock, Consumer<String> waiting) {
        Path path = lockFileFor(stateFile);
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new VicvilException(
                    ExitCodes.CONFIG,
                    "cannot create the folder of the lock file " + path + ": " + FileErrors.reason(e),
                    e);
        }
        String holderText = "pid " + ProcessHandle.current().pid() + ", " + job + ", since "
                + clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
        boolean told = false;
        while (true) {
            Attempt attempt = tryOnce(path, holderText);
            if (attempt.lock().isPresent()) {
                return attempt.lock().get();
            }
            String holder = attempt.holder().map(text -> " (" + text + ")").orElse("");
            long remainingNanos = deadline - System.nanoTime();
            if (remainingNanos <= 0) {
                throw new VicvilException(
                        ExitCodes.TEMPFAIL,
                        "another vicvil run" + holder + " holds the lock " + path + "; waited " + waitSeconds + " s");
            }
            if (!told) {
                waiting.accept("waiting up to " + waitSeconds + " s for the lock " + path
                        + ", held by another vicvil run" + holder);
                told = true;
            }
            try {
                Thread.sleep(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(remainingNanos) + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VicvilException(ExitCodes.TEMPFAIL, "interrupted while waiting for the lock " + path, e);
            }
        }
    }

    /** The lock file. */
    public Path path() {
        return path;
    }

    /** Releases the lock; the file stays (deleting it would let two runs lock two different files). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            // Clear the holder text while still holding the lock, so no waiter reads a stale holder.
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // Closing the channel (done by try-with-resources) frees the OS lock regardless.
        } finally {
            IN_THIS_PROCESS.remove(path);
        }
    }

    /** The outcome of one try: the lock, or what is known of its holder. */
    private record Attempt(Optional<RunLock> lock, Optional<String> holder) {}

    private static Attempt tryOnce(Path path, String holderText) {
        String holderHere = IN_THIS_PROCESS.putIfAbsent(path, holderText);
        if (holderHere != null) {
            return new Attempt(Optional.empty(), Optional.of(holderHere));
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // Locked by code in this JVM that bypassed RunLock: as held as any other holder.
                lock = null;
            }
            if (lock == null) {
                Optional<String> holder = readHolder(channel);
                channel.close();
                IN_THIS_PROCESS.remove(path);
                return new Attempt(Optional.empty(), holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holderText + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new Attempt(Optional.of(new RunLock(path, channel, lock)), Optional.empty());
        } catch (IOException e) {
            closeQuietly(channel);
            IN_THIS_PROCESS.remove(path);
            throw new VicvilException(
                    ExitCodes.CONFIG, "cannot use the lock file " + path + ": " + FileErrors.reason(e), e);
        }
    }

    /** The holder's line, read through the channel already open; empty when the holder has not written it yet. */
    private static Optional<String> readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(HOLDER_TEXT_MAX);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        String firstLine =
                text.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", "").strip();
        return firstLine.isEmpty() ? Optional.empty() : Optional.of(firstLine);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Already failing with the first error; closing frees the descriptor either way.
        }
    }
}
