package com.erefiber.vicvil.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a unit from free text written by people or by vicvil: a tag value, a site name, a street address.
 * Text is reduced to its words, lower case, without filler words ("apt", "unit", "st", …) and with
 * "south"/"north"… shortened, so {@code 300 S Harper #4}, {@code 300-s-harper-4}, {@code 300 S. Harper St}
 * + {@code Apt 4} and {@code 300 South Harper Street, Unit 4} all name the same unit; {@code #4A} does not
 * match {@code #4}.
 */
public final class UnitIndex {

    private static final Set<String> FILLER =
            Set.of("apt", "apartment", "unit", "no", "number", "st", "street", "ste", "suite");
    private static final Map<String, String> DIRECTIONS = Map.of("south", "s", "north", "n", "east", "e", "west", "w");

    private final Map<String, UnitKey> byWords = new HashMap<>();

    private UnitIndex(Collection<UnitKey> units) {
        for (UnitKey unit : units) {
            byWords.put(words(unit.toString()), unit);
        }
    }

    /** An index of the given units. */
    public static UnitIndex of(Collection<UnitKey> units) {
        return new UnitIndex(units);
    }

    /** The unit {@code text} names, if it names exactly one indexed unit. */
    public Optional<UnitKey> find(String text) {
        return Optional.ofNullable(byWords.get(words(text)));
    }

    /**
     * The unit a street address names: {@code street2} alone when it holds the whole address, else
     * {@code street1} (the building) followed by {@code street2} (the apartment).
     */
    public Optional<UnitKey> findAddress(Optional<String> street1, Optional<String> street2) {
        Optional<UnitKey> fromStreet2 = street2.flatMap(this::find);
        if (fromStreet2.isPresent()) {
            return fromStreet2;
        }
        if (street1.isEmpty() || street2.isEmpty()) {
            return Optional.empty();
        }
        return find(street1.get() + " " + street2.get());
    }

    /** The significant words of {@code text}, joined by single spaces. */
    static String words(String text) {
        List<String> kept = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                kept.add(DIRECTIONS.getOrDefault(word, word));
            }
        }
        return String.join(" ", kept);
    }
}
