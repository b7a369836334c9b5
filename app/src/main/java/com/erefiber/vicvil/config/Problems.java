package com.erefiber.vicvil.config;

import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the one-line config errors: {@code <file>: <key path>: <what is wrong> (line N)}. The line is
 * the key's own line when it is written, else the line of the nearest enclosing section that is.
 */
final class Problems {
    private final String file;
    private final Function<String, Optional<Integer>> lines;

    private Problems(String file, Function<String, Optional<Integer>> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Problems in {@code file} (as the operator named it), before its lines are known. */
    static Problems of(String file) {
        return new Problems(file, path -> Optional.empty());
    }

    /** The same file, now with the line of every key. */
    Problems withLines(YamlTree tree) {
        return new Problems(file, tree::line);
    }

    /** The file as the operator named it. */
    String file() {
        return file;
    }

    /** An error about the file as a whole. */
    ConfigException fileError(String message) {
        return new ConfigException(file + ": " + message);
    }

    /** An error about the key at {@code path}; the message must never contain a secret's value. */
    ConfigException error(String path, String message) {
        return new ConfigException(file + ": " + path + ": " + message + where(path));
    }

    private String where(String path) {
        Optional<Integer> own = lines.apply(path);
        if (own.isPresent()) {
            return " (line " + own.get() + ")";
        }
        for (String parent = parentOf(path); !parent.isEmpty(); parent = parentOf(parent)) {
            Optional<Integer> line = lines.apply(parent);
            if (line.isPresent()) {
                return " (in " + parent + " at line " + line.get() + ")";
            }
        }
        return "";
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
