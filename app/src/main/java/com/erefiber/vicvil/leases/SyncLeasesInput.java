package com.erefiber.vicvil.leases;

import com.erefiber.vicvil.domain.Lease;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.store.LeaseMemory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything sync-leases plans from, read in bulk beforehand: the inventory with what NMS shows for each
 * unit, all leases, the UISP CRM clients and services that may concern the complex, what the store
 * remembers, the clock and the settings.
 *
 * @param units          the inventory units (one per row)
 * @param leases         every lease of the configured buildings (past ones included)
 * @param clients        UISP clients: those tagged by vicvil, plus the candidates for adoption
 * @param services       UISP services of those clients
 * @param store          what the state store remembers
 * @param asOf           the instant the run acts for ({@code --as-of}, else now)
 * @param zone           the property's time zone (dates are evaluated in it)
 * @param welcomeSince   {@code email.welcome_since}; empty when email is not configured (no welcome at all)
 * @param defaultPackage the default package's name (config {@code packages[].default})
 * @param maxEnds        {@code safety.max_ends}
 * @param force          {@code --force}: a tripped guard is overridden
 * @param onlyUnit       {@code --unit}: plan this unit only
 * @param complexAddress {@code complex.address}: a hand-made client addressed there, or to one of the complex's
 *                       buildings, may be adopted
 */
public record SyncLeasesInput(
        List<InventoryUnit> units,
        List<Lease> leases,
        List<CrmClient> clients,
        List<CrmService> services,
        LeaseMemory store,
        ZonedDateTime asOf,
        ZoneId zone,
        Optional<LocalDate> welcomeSince,
        String defaultPackage,
        int maxEnds,
        boolean force,
        Optional<UnitKey> onlyUnit,
        String complexAddress) {

    public SyncLeasesInput {
        units = List.copyOf(units);
        leases = List.copyOf(leases);
        clients = List.copyOf(clients);
        services = List.copyOf(services);
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(welcomeSince, "welcomeSince");
        Objects.requireNonNull(defaultPackage, "defaultPackage");
        Objects.requireNonNull(onlyUnit, "onlyUnit");
        Objects.requireNonNull(complexAddress, "complexAddress");
    }

    /**
     * One inventory unit. {@code onuInstalled}: the row has a serial or MAC. {@code onu}: the ONU NMS shows
     * for it (empty when not installed or not found). {@code siteId}: its endpoint site, when one exists;
     * {@code siteAmbiguous}: several sites name the unit, so none is used and none may be created.
     */
    public record InventoryUnit(
            UnitKey unit, boolean onuInstalled, Optional<NmsOnu> onu, Optional<String> siteId, boolean siteAmbiguous) {
        public InventoryUnit {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(onu, "onu");
            Objects.requireNonNull(siteId, "siteId");
        }

        /** A unit whose endpoint site is known, or known not to exist. */
        public InventoryUnit(UnitKey unit, boolean onuInstalled, Optional<NmsOnu> onu, Optional<String> siteId) {
            this(unit, onuInstalled, onu, siteId, false);
        }
    }

    /** An ONU in NMS: its device id, current name, enabled state, and whether vicvil disabled it (store). */
    public record NmsOnu(String id, String name, boolean enabled, boolean disabledByVicvil) {
        public NmsOnu {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A UISP client. {@code tag}: the value of vicvil's {@code vicvilUnit} attribute (empty when untagged).
     * {@code street1}/{@code street2}: its address, used to match hand-made clients to units at go-live.
     */
    public record CrmClient(
            long id,
            Optional<String> userIdent,
            List<Contact> contacts,
            Optional<String> street1,
            Optional<String> street2,
            Optional<String> tag) {
        public CrmClient {
            userIdent = Objects.requireNonNull(userIdent, "userIdent")
                    .map(String::strip)
                    .filter(text -> !text.isEmpty());
            contacts = List.copyOf(contacts);
            Objects.requireNonNull(street1, "street1");
            Objects.requireNonNull(street2, "street2");
            tag = Objects.requireNonNull(tag, "tag").map(String::strip).filter(text -> !text.isEmpty());
        }
    }

    /**
     * A UISP service. {@code statusCode}: UISP's {@code status}. {@code suspendedByVicvil}: its suspension is
     * vicvil's (vicvil's suspension reason, or the store says so). {@code street1}/{@code street2} and
     * {@code siteId} ({@code unmsClientSiteId}) tell which place a hand-made service is for.
     */
    public record CrmService(
            long id,
            long clientId,
            int statusCode,
            Optional<String> tag,
            Optional<LocalDate> activeFrom,
            boolean suspendedByVicvil,
            Optional<String> street1,
            Optional<String> street2,
            Optional<String> siteId) {
        public CrmService {
            tag = Objects.requireNonNull(tag, "tag").map(String::strip).filter(text -> !text.isEmpty());
            Objects.requireNonNull(activeFrom, "activeFrom");
            Objects.requireNonNull(street1, "street1");
            Objects.requireNonNull(street2, "street2");
            Objects.requireNonNull(siteId, "siteId");
        }
    }
}
