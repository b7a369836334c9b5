package com.erefiber.vicvil.inventory;

import com.erefiber.vicvil.domain.UnitKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The units vicvil manages and their ONUs, as read from the operator's file. Units and buildings are
 * looked up by slug, so a difference in case or spacing ("300 s harper") still finds the unit.
 */
public final class Inventory {
    private final Path source;
    private final List<InventoryRow> rows;
    private final Map<String, InventoryRow> bySlug;
    private final Map<String, InventoryRow> bySerial;
    private final Map<String, InventoryRow> byMac;
    private final Map<String, List<InventoryRow>> byBuildingSlug;

    /**
     * Rows must be unique by unit slug, serial and MAC ({@link InventoryReader} checks this with file:line
     * messages); a duplicate here is a programming error and throws {@link IllegalStateException}.
     */
    public Inventory(Path source, List<InventoryRow> rows) {
        this.source = source;
        this.rows = List.copyOf(rows);
        this.bySlug = index(this.rows, row -> Optional.of(row.unit().slug()));
        this.bySerial = index(this.rows, InventoryRow::serial);
        this.byMac = index(this.rows, InventoryRow::mac);
        this.byBuildingSlug = this.rows.stream()
                .collect(Collectors.groupingBy(
                        row -> row.unit().propertySlug(), LinkedHashMap::new, Collectors.toUnmodifiableList()));
    }

    /** The file the inventory was read from (for messages). */
    public Path source() {
        return source;
    }

    /** Every unit, in file order. */
    public List<InventoryRow> rows() {
        return rows;
    }

    /** The number of units. */
    public int size() {
        return rows.size();
    }

    /** The row of a unit; matched by slug, so case and spacing of the building name do not matter. */
    public Optional<InventoryRow> find(UnitKey unit) {
        return Optional.ofNullable(bySlug.get(unit.slug()));
    }

    /** The row whose ONU has this serial (trimmed, any case). */
    public Optional<InventoryRow> findBySerial(String serial) {
        return Optional.ofNullable(bySerial.get(serial.strip().toUpperCase(Locale.ROOT)));
    }

    /** The row whose ONU has this MAC, in any of the spellings {@link MacAddresses} accepts. */
    public Optional<InventoryRow> findByMac(String mac) {
        return MacAddresses.normalize(mac).map(byMac::get);
    }

    /** The row that claims an ONU seen in NMS: by its serial, else by its MAC (either may be null). */
    public Optional<InventoryRow> findOnu(String serial, String mac) {
        Optional<InventoryRow> bySerial = Optional.ofNullable(serial).flatMap(this::findBySerial);
        return bySerial.or(() -> Optional.ofNullable(mac).flatMap(this::findByMac));
    }

    /** The building names (Innago property names), in the order they first appear in the file. */
    public List<String> buildings() {
        return byBuildingSlug.values().stream()
                .map(units -> units.get(0).unit().property())
                .toList();
    }

    /** The units of one building in file order; empty when the building is not in the inventory. */
    public List<InventoryRow> unitsOf(String building) {
        return byBuildingSlug.getOrDefault(UnitKey.slugOf(building), List.of());
    }

    private static Map<String, InventoryRow> index(
            Collection<InventoryRow> rows, Function<InventoryRow, Optional<String>> key) {
        Map<String, InventoryRow> index = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (InventoryRow row : rows) {
            key.apply(row).ifPresent(value -> {
                if (index.putIfAbsent(value, row) != null) {
                    duplicates.add(value);
                }
            });
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("inventory rows are not unique: " + duplicates);
        }
        return Map.copyOf(index);
    }
}
