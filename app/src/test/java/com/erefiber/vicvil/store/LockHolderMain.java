package com.erefiber.vicvil.store;

import com.erefiber.vicvil.error.VicvilException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A second process for {@link RunLockTest}: takes the run lock of the state file in args[0] for the job in
 * args[1], prints "locked", and holds it until it reads "release" (or its stdin closes). When the lock is
 * already held it prints "busy: <message>" and exits with the exception's code.
 */
public final class LockHolderMain {
    private LockHolderMain() {}

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        RunLock held;
        try {
            held = RunLock.acquire(Path.of(args[0]), args[1], 0, Clock.systemUTC(), message -> {});
        } catch (VicvilException e) {
            System.out.println("busy: " + e.getMessage());
            System.out.flush();
            System.exit(e.exitCode());
            return;
        }
        try (RunLock lock = held) {
            System.out.println("locked");
            System.out.flush();
            String line;
            do {
                line = in.readLine();
            } while (line != null && !line.equals("release"));
        }
        System.out.println("released");
        System.out.flush();
    }
}
