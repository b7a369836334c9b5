package com.erefiber.vicvil.onus;

import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.core.plan.SiteRef;
import com.erefiber.vicvil.core.world.EndpointSites;
import com.erefiber.vicvil.core.world.NmsSite;
import com.erefiber.vicvil.core.world.SiteActions;
import com.erefiber.vicvil.core.world.SiteCarrier;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.OnuName;
import com.erefiber.vicvil.domain.ServiceStatus;
import com.erefiber.vicvil.domain.UnitIndex;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.onus.RenameOnusInput.InventoryRow;
import com.erefiber.vicvil.onus.RenameOnusInput.NmsDevice;
import com.erefiber.vicvil.onus.RenameOnusInput.ServiceSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan step of rename-onus (DESIGN §2 "ONU naming and sites"), a pure function of {@link RenameOnusInput}.
 * For each inventory row: the unit's endpoint site exists (named {@link EndpointSites#siteName(UnitKey)}, created when
 * missing); the row's ONU, found by serial else MAC, is authorized into that site and carries the row's
 * name; the unit's running vicvil service is bound to the site ({@link SiteCarrier}). Names must be unique across the complex, and
 * a serial or MAC may be claimed by one row only: otherwise the plan is refused. Rows without serial, ONUs
 * not found, and ONUs no row claims are reported. When everything is in place the plan is empty.
 */
public final class RenameOnusPlanner {

    private RenameOnusPlanner() {}

    /** A row's ONU name ({@link OnuName}). */
    static String onuName(InventoryRow row, String template) {
        return OnuName.of(row.unit(), row.onuName(), template);
    }

    /** The plan for one run. */
    public static Plan plan(RenameOnusInput input) {
        List<InventoryRow> rows = input.rows().stream()
                .sorted(Comparator.comparing(InventoryRow::unit))
                .toList();
        UnitIndex units = UnitIndex.of(rows.stream().map(InventoryRow::unit).toList());
        List<Notice> notices = new ArrayList<>();
        Map<String, List<UnitKey>> sameName =
                duplicates(rows, row -> Optional.of(nameKey(onuName(row, input.nameTemplate()))));
        Map<String, List<UnitKey>> sameSerial =
                duplicates(rows, row -> row.serial().map(RenameOnusPlanner::serialKey));
        Map<String, List<UnitKey>> sameMac = duplicates(rows, row -> row.mac().map(RenameOnusPlanner::macKey));
        List<String> refusals = new ArrayList<>();
        refusals.addAll(describe(sameName, "ONU name"));
        refusals.addAll(describe(sameSerial, "serial"));
        refusals.addAll(describe(sameMac, "MAC"));

        Map<UnitKey, Optional<NmsSite>> sites = EndpointSites.byUnit(
                input.sites(), rows.stream().map(InventoryRow::unit).toList(), units, notices);
        Map<String, NmsDevice> bySerial =
                index(input.devices(), device -> device.serial().map(RenameOnusPlanner::serialKey));
        Map<String, NmsDevice> byMac =
                index(input.devices(), device -> device.mac().map(RenameOnusPlanner::macKey));
        Set<String> claimed = new HashSet<>();
        List<PlannedAction> actions = new ArrayList<>();

        for (InventoryRow row : rows) {
            UnitKey unit = row.unit();
            Optional<SiteRef> site;
            if (sites.containsKey(unit)) {
                site = sites.get(unit).map(existing -> new SiteRef(Optional.of(existing.id())));
            } else {
                actions.add(new SiteActions.CreateSite(
                        unit, "the unit has no endpoint site under the parent site", EndpointSites.siteName(unit)));
                site = Optional.of(new SiteRef(Optional.empty()));
            }
            if (row.serial().isEmpty() && row.mac().isEmpty()) {
                notices.add(Notice.info(unit, "no ONU serial or MAC in the inventory yet"));
            } else {
                Optional<NmsDevice> device = row.serial()
                        .map(serial -> bySerial.get(serialKey(serial)))
                        .or(() -> row.mac().map(mac -> byMac.get(macKey(mac))));
                if (device.isEmpty()) {
                    notices.add(
                            Notice.data(unit, "ONU " + row.serial().or(row::mac).orElseThrow() + " not found in NMS"));
                } else {
                    claimed.add(device.get().id());
                    actions.addAll(deviceActions(row, device.get(), site, input.nameTemplate()));
                }
            }
            site.flatMap(ref -> bindAction(unit, ref, input.services(), units)).ifPresent(actions::add);
        }
        Set<String> endpointIds = input.sites().stream().map(NmsSite::id).collect(Collectors.toSet());
        input.devices().stream()
                .filter(device -> !claimed.contains(device.id()))
                .filter(device -> device.siteId()
                        .map(id -> id.equals(input.parentSiteId()) || endpointIds.contains(id))
                        .orElse(true))
                .forEach(device -> notices.add(Notice.general(
                        Notice.Kind.DATA,
                        "ONU " + device.id() + " '" + device.name() + "'"
                                + device.serial()
                                        .map(serial -> " (serial " + serial + ")")
                                        .orElse("") + " in "
                                + device.siteId().map(id -> "site " + id).orElse("no site")
                                + " is claimed by no inventory row")));
        Optional<Plan.Refusal> refusal = refusals.isEmpty()
                ? Optional.empty()
                : Optional.of(new Plan.Refusal(
                        String.join("; ", refusals) + "; fix the inventory or uisp.onu_name_template",
                        actions.stream()
                                .filter(action -> action instanceof OnuActions.RenameOnu rename
                                        && sameName.containsKey(nameKey(rename.name())))
                                .toList()));
        return new Plan(actions, notices, refusal);
    }

    private static List<PlannedAction> deviceActions(
            InventoryRow row, NmsDevice device, Optional<SiteRef> site, String template) {
        List<PlannedAction> actions = new ArrayList<>();
        UnitKey unit = row.unit();
        site.filter(ref -> ref.existingId().isEmpty() || !ref.existingId().equals(device.siteId()))
                .ifPresent(ref -> actions.add(new OnuActions.AuthorizeOnu(
                        unit,
                        "ONU " + device.id() + " is in "
                                + device.siteId().map(id -> "site " + id).orElse("no site") + ", not the unit's site",
                        device.id(),
                        ref)));
        String name = onuName(row, template);
        if (!name.equals(device.name())) {
            actions.add(new OnuActions.RenameOnu(
                    unit,
                    "ONU " + device.id() + " is named '" + device.name() + "', not '" + name + "'",
                    device.id(),
                    name,
                    device.enabled()));
        }
        return actions;
    }

    /** Binds the service the unit's site carries ({@link SiteCarrier}) to the unit's site. */
    private static Optional<PlannedAction> bindAction(
            UnitKey unit, SiteRef site, List<ServiceSite> services, UnitIndex units) {
        List<SiteCarrier.Candidate<ServiceSite>> live = services.stream()
                .filter(service ->
                        service.tag().flatMap(units::find).map(unit::equals).orElse(false))
                .flatMap(service -> ServiceStatus.fromUispCode(service.statusCode()).stream()
                        .map(status -> new SiteCarrier.Candidate<>(service, status, Optional.of(service.id()))))
                .toList();
        return SiteCarrier.choose(live)
                .filter(service ->
                        site.existingId().isEmpty() || !site.existingId().equals(service.siteId()))
                .map(service -> new SiteActions.BindServiceSite(
                        unit,
                        "service " + service.id() + " is "
                                + service.siteId()
                                        .map(id -> "bound to site " + id)
                                        .orElse("bound to no site") + ", not the unit's",
                        service.id(),
                        site));
    }

    /** The keys several rows share, with those rows' units. */
    private static Map<String, List<UnitKey>> duplicates(
            List<InventoryRow> rows, Function<InventoryRow, Optional<String>> key) {
        Map<String, List<UnitKey>> byKey = new LinkedHashMap<>();
        rows.forEach(row -> key.apply(row).ifPresent(value -> byKey.computeIfAbsent(value, k -> new ArrayList<>())
                .add(row.unit())));
        byKey.values().removeIf(units -> units.size() < 2);
        return byKey;
    }

    /** "serial 'X' for 300 S Harper #1, 300 S Harper #2" per shared key. */
    private static List<String> describe(Map<String, List<UnitKey>> duplicates, String what) {
        return duplicates.entrySet().stream()
                .map(entry -> what + " '" + entry.getKey() + "' for "
                        + entry.getValue().stream().map(UnitKey::toString).collect(Collectors.joining(", ")))
                .toList();
    }

    /** Names differing only in case would confuse the operator as much as equal ones. */
    private static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Map<String, NmsDevice> index(List<NmsDevice> devices, Function<NmsDevice, Optional<String>> key) {
        Map<String, NmsDevice> index = new HashMap<>();
        devices.forEach(device -> key.apply(device).ifPresent(value -> index.putIfAbsent(value, device)));
        return index;
    }

    private static String serialKey(String serial) {
        return serial.strip().toUpperCase(Locale.ROOT);
    }

    private static String macKey(String mac) {
        return mac.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT);
    }
}
