package com.erefiber.vicvil.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${NAME}} and {@code ${NAME:-default}} in config strings (shell meaning: the default is
 * used when NAME is unset or empty); {@code $${} writes a literal {@code ${}.
 */
final class EnvReferences {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\$\\{|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

    private EnvReferences() {}

    /** {@code raw} with every reference replaced from {@code env}; an unset variable without default is an error at {@code path}. */
    static String expand(String raw, Map<String, String> env, String path, Problems problems) {
        Matcher matcher = REFERENCE.matcher(raw);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            String before = raw.substring(last, matcher.start());
            checkNoStrayReference(before, path, problems);
            out.append(before);
            last = matcher.end();
            if (matcher.group().equals("$${")) {
                out.append("${");
                continue;
            }
            String name = matcher.group(1);
            String value = env.get(name);
            if (value == null || value.isEmpty() && matcher.group(2) != null) {
                if (matcher.group(2) == null) {
                    throw problems.error(
                            path,
                            "environment variable " + name + " is not set (set it, give it in the env_file, or write ${"
                                    + name + ":-default})");
                }
                value = matcher.group(3);
            }
            out.append(value);
        }
        String rest = raw.substring(last);
        checkNoStrayReference(rest, path, problems);
        return out.append(rest).toString();
    }

    /** True when {@code raw} holds text besides its references: a literal value written into the file itself. */
    static boolean hasLiteralText(String raw) {
        return !REFERENCE.matcher(raw).replaceAll("").isEmpty();
    }

    private static void checkNoStrayReference(String text, String path, Problems problems) {
        if (text.contains("${")) {
            throw problems.error(
                    path, "malformed ${...} reference (use ${NAME} or ${NAME:-default}; $${ for a literal ${)");
        }
    }
}
