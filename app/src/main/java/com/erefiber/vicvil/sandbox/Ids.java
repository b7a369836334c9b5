package com.erefiber.vicvil.sandbox;

import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

/** Deterministic identifiers from one seeded stream: the same seed and the same calls give the same ids. */
final class Ids {
    private final Random random;

    Ids(long seed) {
        this.random = new Random(seed);
    }

    /** A version-4-shaped UUID string drawn from the stream. */
    String uuid() {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** {@code bytes} random bytes as lower-case hex. */
    String hex(int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return HexFormat.of().formatHex(data);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** An integer in [from, to]. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    Random random() {
        return random;
    }
}
