package com.erefiber.vicvil.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the sibling {@code shared/} folder (specs, the real inventory) from the repository root.
 * Surefire runs in {@code app/}, so the root is found by walking up to the folder holding {@code app/pom.xml}.
 * When shared/ is absent the test is skipped with a message, except under CI (the CI variable set), where it fails.
 */
public final class SharedFolder {
    private SharedFolder() {}

    /** The repository root (the folder with the aggregator pom and app/). */
    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("app/pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "repository root not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** {@code shared/<relative>}, or a skip (a failure under CI) when it is not there. */
    public static Path require(String relative) {
        Path path = repoRoot().resolveSibling("shared").resolve(relative);
        if (!Files.exists(path)) {
            String message = "sibling shared/ folder not found (" + path + "); this test needs it";
            if (System.getenv("CI") != null) {
                fail(message + " and CI is set");
            }
            assumeTrue(false, message + ": skipped");
        }
        return path;
    }
}
