package com.erefiber.vicvil.config;

import com.erefiber.vicvil.error.FileErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional {@code env_file}: {@code KEY=VALUE} lines (an optional {@code export } prefix, {@code #}
 * comment lines, values optionally in matching single or double quotes; no inline comments, since
 * passwords may contain {@code #}). It gives cron, which runs with an empty environment, the secrets.
 */
final class EnvFile {
    private static final Pattern LINE = Pattern.compile("\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=(.*)");

    private EnvFile() {}

    /** The variables in {@code file}; errors name the config key and the env file's line, never the line's text. */
    static Map<String, String> read(Path file, String key, Problems problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw problems.error(key, "cannot read " + file + ": " + FileErrors.reason(e));
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                // The line itself is not quoted back: it may hold a secret.
                throw problems.error(key, file + " line " + (i + 1) + ": expected KEY=VALUE");
            }
            variables.put(matcher.group(1), unquote(matcher.group(2).strip()));
        }
        return variables;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
