package com.erefiber.vicvil.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * One apartment: (building, unit). Several buildings share unit numbers, so a unit is never keyed by
 * its number alone. Canonical text {@code 300 S Harper #4}; slug {@code 300-s-harper-4}.
 */
public record UnitKey(String property, String unit) implements Comparable<UnitKey> {

    public UnitKey {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(unit, "unit");
        property = property.strip();
        unit = unit.strip();
        if (property.isEmpty() || unit.isEmpty()) {
            throw new IllegalArgumentException("a unit needs a building and a unit number");
        }
    }

    /** Reads the canonical text form back ({@code 300 S Harper #4}), as stored and as tagged in UISP. */
    public static UnitKey fromCanonical(String canonical) {
        // The last " #" splits: a building name may contain '#', a unit number does not.
        int mark = canonical.lastIndexOf(" #");
        if (mark < 0) {
            throw new IllegalArgumentException("unit key \"" + canonical + "\" is not in canonical form");
        }
        return new UnitKey(canonical.substring(0, mark), canonical.substring(mark + 2));
    }

    /** The building name as a slug: {@code 300 S Harper} → {@code 300-s-harper}. */
    public static String slugOf(String text) {
        return text.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    /** The building's slug, for ONU and site names. */
    public String propertySlug() {
        return slugOf(property);
    }

    /** The unit as a slug: {@code 300-s-harper-4}. */
    public String slug() {
        return propertySlug() + "-" + slugOf(unit);
    }

    /** The canonical text form, {@code 300 S Harper #4} (also its JSON form). */
    @JsonValue
    @Override
    public String toString() {
        return property + " #" + unit;
    }

    @Override
    public int compareTo(UnitKey other) {
        int byProperty = compareNatural(property, other.property);
        return byProperty != 0 ? byProperty : compareNatural(unit, other.unit);
    }

    /** Orders "2" before "10" and "250 S Harper" before "1000 S Harper"; falls back to text order. */
    private static int compareNatural(String left, String right) {
        String leftDigits = leadingDigits(left);
        String rightDigits = leadingDigits(right);
        if (!leftDigits.isEmpty() && !rightDigits.isEmpty() && leftDigits.length() != rightDigits.length()) {
            return Integer.compare(leftDigits.length(), rightDigits.length());
        }
        return left.compareToIgnoreCase(right);
    }

    private static String leadingDigits(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }
}
