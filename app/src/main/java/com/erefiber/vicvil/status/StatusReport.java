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
import com.erefiber.vicvil.store.UnitSeen;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What {@code vicvil status} shows: a line per unit, totals, and the last good run of each job. */
public record StatusReport(
        LocalDate asOf,
        List<UnitStatus> units,
        Totals totals,
        Map<String, Optional<RunRecord>> lastRuns,
        boolean storeExists) {

    /**
     * Counts over all units; {@code occupied}/{@code vacant} on the report's day by the leases sync-leases last saw,
     * {@code notSeen} the units it has not seen yet.
     */
    public record Totals(
            int units,
            int buildings,
            int withOnu,
            int withoutOnu,
            int knownInUisp,
            int occupied,
            int vacant,
            int notSeen,
            int suspendedForRent,
            int onHold) {}

    /**
     * What check-rent and the operator contribute: the last rent check of each unit's lease (the newest per unit),
     * the days vicvil suspended services for rent, and the holds file.
     */
    public record RentSide(
            Map<UnitKey, RentCheck> checks, Map<UnitKey, LocalDate> suspendedOn, Map<UnitKey, Hold> holds) {
        /** Only the holds that still cover {@code day}. */
        RentSide heldOn(LocalDate day) {
            Map<UnitKey, Hold> covering = new HashMap<>();
            holds.forEach((unit, hold) -> {
                if (hold.coversDay(day)) {
                    covering.put(unit, hold);
                }
            });
            return new RentSide(checks, suspendedOn, covering);
        }

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
     * Joins the inventory with what the store knows, as of {@code asOf} (occupancy and holds on that day).
     *
     * @param onuNameTemplate uisp.onu_name_template, which names the ONU of a row without onu_name
     * @param journal recent journal entries, newest first (the first one per unit is its last action)
     */
    public static StatusReport build(
            LocalDate asOf,
            Inventory inventory,
            String onuNameTemplate,
            List<UnitRecord> records,
            List<JournalEntry> journal,
            Map<String, Optional<RunRecord>> lastRuns,
            List<UnitSeen> seen,
            RentSide allHolds,
            boolean storeExists) {
        RentSide rent = allHolds.heldOn(asOf);
        Map<UnitKey, UnitSeen> seenByUnit = new HashMap<>();
        seen.forEach(unit -> seenByUnit.put(unit.unit(), unit));
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
                                    entry.reason(),
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
                        Optional.ofNullable(seenByUnit.get(unit)),
                        asOf,
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
        int occupied = (int)
                units.stream().filter(status -> status.occupied().orElse(false)).count();
        int notSeen = (int)
                units.stream().filter(status -> status.occupied().isEmpty()).count();
        Totals totals = new Totals(
                units.size(),
                inventory.buildings().size(),
                withOnu,
                units.size() - withOnu,
                known,
                occupied,
                units.size() - occupied - notSeen,
                notSeen,
                suspended,
                held);
        return new StatusReport(asOf, units, totals, lastRuns, storeExists);
    }

    private static UnitStatus unitStatus(
            InventoryRow row,
            String onuNameTemplate,
            UnitIds ids,
            Optional<UnitSeen> seen,
            LocalDate asOf,
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
                seen,
                seen.map(sighting ->
                        sighting.lease().filter(lease -> lease.covers(asOf)).isPresent()),
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
