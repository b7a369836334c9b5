package com.erefiber.vicvil.error;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Why a file could not be used, in the words an operator acts on ("is a directory", "permission denied"). */
public final class FileErrors {
    private FileErrors() {}

    /**
     * The reason of a failed file operation. Java's own message is often the bare path (an access denied says
     * nothing else), so the kind of failure is spelled out here.
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a folder in its path is a file";
        }
        String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // The OS's reason ("Is a directory", "No space left on device") reads better inside a sentence in lower case.
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }

    /**
     * Why {@code file}, when it exists, is not a regular file ("is a directory"); checked before opening it, since
     * some readers see a folder as an empty file.
     */
    public static Optional<String> notAFile(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of("is a directory");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return Optional.of("is not a regular file");
        }
        return Optional.empty();
    }
}
