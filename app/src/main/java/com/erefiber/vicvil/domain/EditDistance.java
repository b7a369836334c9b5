package com.erefiber.vicvil.domain;

/** Levenshtein distance, for "did you mean …?" hints on config keys and unit keys (short strings, few of them). */
public final class EditDistance {
    private EditDistance() {}

    /** The number of single-character insertions, deletions and substitutions that turn {@code left} into {@code right}. */
    public static int between(String left, String right) {
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int j = 0; j <= right.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= right.length(); j++) {
                int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }
}
