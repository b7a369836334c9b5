package com.erefiber.vicvil.inventory;

import com.erefiber.vicvil.domain.EditDistance;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a unit key the operator typed ({@code 300 S Harper #4}, {@code 300 s harper  #4} or
 * {@code 300-s-harper-4}) into the inventory's unit. Both forms reduce to the slug, which the inventory
 * keeps unique; a bare unit number never matches, since 21 buildings share unit numbers.
 */
public final class UnitKeys {
    private static final int MAX_SUGGESTIONS = 3;

    private UnitKeys() {}

    /** The inventory unit {@code typed} names, or a usage error (exit 2) listing up to three near matches. */
    public static UnitKey resolve(Inventory inventory, String typed) {
        String slug = UnitKey.slugOf(typed);
        if (slug.isEmpty()) {
            throw new VicvilException(
                    ExitCodes.USAGE, "empty unit key; write it as \"300 S Harper #4\" or \"300-s-harper-4\"");
        }
        return inventory.rows().stream()
                .map(InventoryRow::unit)
                .filter(unit -> unit.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> unknown(inventory, typed, slug));
    }

    private static VicvilException unknown(Inventory inventory, String typed, String slug) {
        List<UnitKey> near = nearMatches(inventory, slug);
        String hint = near.isEmpty()
                ? "; write it as \"300 S Harper #4\" or \"300-s-harper-4\""
                : "; did you mean: " + near.stream().map(UnitKey::toString).collect(Collectors.joining(", ")) + "?";
        return new VicvilException(
                ExitCodes.USAGE,
                "unknown unit \"" + typed.strip() + "\" (not in the inventory " + inventory.source() + ")" + hint);
    }

    /**
     * Units whose slug is a few edits away, or that carry the typed unit number in another building
     * (the likely slip when a building is mistyped or left out); closest first.
     */
    private static List<UnitKey> nearMatches(Inventory inventory, String slug) {
        String typedUnit = slug.substring(slug.lastIndexOf('-') + 1);
        int tolerance = Math.max(2, slug.length() / 4);
        Comparator<Candidate> closestFirst = Comparator.comparingInt(Candidate::distance)
                .thenComparing(candidate -> !candidate.sameUnitNumber())
                .thenComparing(Candidate::unit);
        return inventory.rows().stream()
                .map(row -> new Candidate(
                        row.unit(),
                        EditDistance.between(slug, row.unit().slug()),
                        UnitKey.slugOf(row.unit().unit()).equals(typedUnit)))
                .filter(candidate -> candidate.distance() <= tolerance || candidate.sameUnitNumber())
                .sorted(closestFirst)
                .limit(MAX_SUGGESTIONS)
                .map(Candidate::unit)
                .toList();
    }

    private record Candidate(UnitKey unit, int distance, boolean sameUnitNumber) {}
}
