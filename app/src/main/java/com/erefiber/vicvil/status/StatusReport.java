package com.erefiber.vicvil.status;

import com.erefiber.vicvil.domain.Hold;
import com.erefiber.vicvil.domain.OnuName;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.store.JournalEntry;
import com.erefiber.vicvil.store.RentCheck;
import com.erefiber.vicvil.store.RunRecord;
import com.erefiber.vicvil.store.UnitIds;
import com.erefiber.vicvil.store.UnitRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What {@code vicvil status} shows: a line per unit, totals, and the last good run of each job. */
public record StatusReport(
        List<UnitStatus> units, Totals totals, Map<String, Optional<RunRecord>> lastRuns, boolean storeExists) {

    /** Counts over all units. */
    public record Totals(
            int units, int buildings, int withOnu, int withoutOnu, int knownInUisp, int suspendedForRent, int onHold) {}

    /**
     * What check-rent and the operator contribute: the last rent check of each unit's lease (the newest per unit),
     * the days vicvil suspended services for rent, and the holds file.
     */
    public record RentSide(
            Map<UnitKey, RentCheck> checks, Map<UnitKey, LocalDate> suspendedOn, Map<UnitKey, Hold> holds) {
        /** Nothing known (no store yet). */
        public static RentSide none(Map<UnitKey, Hold> holds) {
            return new RentSide(Map.of(), Map.of(), holds);
        }

        /** The newest check per unit of {@code checks} (by lease). */
        public static Map<UnitKey, RentCheck> newestPerUnit(Collection<RentCheck> checks) {
            Map<UnitKey, RentCheck> newest = new HashMap<>();
            checks.forEach(check ->
                    newest.merge(check.unit(), check, (a, b) -> a.checkedAt().isAfter(b.checkedAt()) ? a : b));
            return newest;
        }
    }

    /**
     * Joins the inventory with what the store knows.
     *
     * @param onuNameTemplate uisp.onu_name_template, which names the ONU of a row without onu_name
     * @param journal recent journal entries, newest first (the first one per unit is its last action)
     */
    public static StatusReport build(
            Inventory inventory,
            String onuNameTemplate,
            List<UnitRecord> records,
            List<JournalEntry> journal,
            Map<String, Optional<RunRecord>> lastRuns,
            RentSide rent,
            boolean storeExists) {
        Map<String, UnitIds> idsBySlug = new HashMap<>();
        records.forEach(record -> idsBySlug.put(record.unit().slug(), record.ids()));
        Map<String, UnitStatus.LastAction> lastBySlug = new HashMap<>();
        for (JournalEntry entry : journal) {
            entry.unit()
                    .ifPresent(unit -> lastBySlug.putIfAbsent(
                            unit.slug(),
                            new UnitStatus.LastAction(
                                    entry.job(),
                                    entry.action(),
                                    entry.outcome().name().toLowerCase(Locale.ROOT),
                                    entry.finishedAt().orElse(entry.startedAt()))));
        }
        List<UnitStatus> units = inventory.rows().stream()
                .map(InventoryRow::unit)
                .sorted()
                .map(unit -> unitStatus(
                        inventory.find(unit).orElseThrow(),
                        onuNameTemplate,
                        idsBySlug.getOrDefault(unit.slug(), UnitIds.none()),
                        rent,
                        Optional.ofNullable(lastBySlug.get(unit.slug()))))
                .toList();
        int withOnu = (int) units.stream().filter(UnitStatus::onuInstalled).count();
        int known = (int) units.stream()
                .filter(status -> status.crmServiceId().isPresent()
                        || status.nmsDeviceId().isPresent())
                .count();
        int suspended = (int) units.stream()
                .filter(status ->
                        status.rent().flatMap(UnitStatus.Rent::suspendedSince).isPresent())
                .count();
        int held =
                (int) units.stream().filter(status -> status.hold().isPresent()).count();
        Totals totals = new Totals(
                units.size(), inventory.buildings().size(), withOnu, units.size() - withOnu, known, suspended, held);
        return new StatusReport(units, totals, lastRuns, storeExists);
    }

    private static UnitStatus unitStatus(
            InventoryRow row,
            String onuNameTemplate,
            UnitIds ids,
            RentSide rentSide,
            Optional<UnitStatus.LastAction> last) {
        UnitKey unit = row.unit();
        String onuName = OnuName.of(unit, row.onuName(), onuNameTemplate);
        return new UnitStatus(
                unit,
                unit.slug(),
                onuName,
                row.hasOnu(),
                row.serial(),
                row.mac(),
                ids.nmsDeviceId(),
                ids.nmsSiteId(),
                ids.crmClientId(),
                ids.crmServiceId(),
                Optional.ofNullable(rentSide.checks().get(unit))
                        .map(check -> new UnitStatus.Rent(
                                check.status(),
                                check.unpaid(),
                                check.detail(),
                                check.checkedAt(),
                                Optional.ofNullable(rentSide.suspendedOn().get(unit)))),
                Optional.ofNullable(rentSide.holds().get(unit)),
                last);
    }
}
