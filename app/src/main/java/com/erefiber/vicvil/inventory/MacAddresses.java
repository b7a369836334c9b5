package com.erefiber.vicvil.inventory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** MAC addresses in the one form vicvil compares: lower-case, colon-separated ({@code aa:bb:cc:dd:ee:ff}). */
public final class MacAddresses {
    /** The spellings operators and devices use: colons, dashes, Cisco dots, or bare hex. */
    private static final Pattern ACCEPTED = Pattern.compile("\\p{XDigit}{2}([:-])\\p{XDigit}{2}(\\1\\p{XDigit}{2}){4}"
            + "|\\p{XDigit}{4}\\.\\p{XDigit}{4}\\.\\p{XDigit}{4}"
            + "|\\p{XDigit}{12}");

    private MacAddresses() {}

    /** {@code AA-BB-CC-DD-EE-FF}, {@code aabb.ccdd.eeff} or {@code aabbccddeeff} → {@code aa:bb:cc:dd:ee:ff}; empty if malformed. */
    public static Optional<String> normalize(String text) {
        String trimmed = text.strip();
        if (!ACCEPTED.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String hex = trimmed.replaceAll("[:.-]", "").toLowerCase(Locale.ROOT);
        StringBuilder colon = new StringBuilder(17);
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                colon.append(':');
            }
            colon.append(hex, i, i + 2);
        }
        return Optional.of(colon.toString());
    }
}
