package com.erefiber.vicvil.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.erefiber.vicvil.domain.UnitKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorldTest {
    private Sandbox sandbox;
    private World world;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(1);
        world = sandbox.world();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theComplexHasTheInventorysBuildingsAndUnitCounts() {
        Map<String, Long> unitsPerBuilding = world.units().stream()
                .collect(Collectors.groupingBy(UnitKey::property, TreeMap::new, Collectors.counting()));

        assertThat(world.units()).hasSize(118);
        assertThat(unitsPerBuilding).hasSize(21);
        assertThat(unitsPerBuilding)
                .containsEntry("250 S Harper", 3L)
                .containsEntry("300 S Harper", 12L)
                .containsEntry("900 S Harper", 6L);
        assertThat(world.units()).contains(new UnitKey("300 S Harper", "12"));
    }

    @Test
    void aScaledWorldRepeatsTheBuildingsFurtherUpTheStreetWithAnOnuForEveryUnit() throws Exception {
        try (Sandbox scaled = Sandbox.start(SandboxSettings.defaults(1).withScale(2))) {
            World twice = scaled.world();
            Map<String, Long> unitsPerBuilding = twice.units().stream()
                    .collect(Collectors.groupingBy(UnitKey::property, TreeMap::new, Collectors.counting()));

            assertThat(twice.units()).hasSize(236).doesNotHaveDuplicates();
            assertThat(unitsPerBuilding)
                    .hasSize(42)
                    .containsEntry("300 S Harper", 12L)
                    .containsEntry("1300 S Harper", 12L)
                    .containsEntry("1900 S Harper", 6L);
            assertThat(twice.inventory()).hasSize(236);
            assertThat(twice.inventory().stream().map(World.InventoryRow::serialNumber))
                    .doesNotHaveDuplicates();
            assertThat(twice.occupiedUnits()).hasSizeGreaterThan(200);
        }
    }

    @Test
    void mostUnitsAreLetAFewAreLateAndTwoVacantOnesHaveFutureLeases() {
        long futureOnVacant = world.units().stream()
                .filter(u -> world.currentLease(u).isEmpty())
                .flatMap(u -> world.leases(u).stream())
                .filter(World.LeaseView::future)
                .count();

        assertThat(world.occupiedUnits()).hasSize(113);
        assertThat(futureOnVacant).isEqualTo(2);
        assertThat(world.unitsWithUnpaidRent()).hasSizeBetween(3, 5);
        for (UnitKey unit : world.occupiedUnits()) {
            assertThat(world.currentLease(unit).orElseThrow().tenantUids()).hasSizeBetween(1, 3);
        }
    }

    @Test
    void mostLeasesEndingSoonAreAlreadyRenewedBySameHousehold() {
        List<World.LeaseView> endingSoon = world.occupiedUnits().stream()
                .map(u -> world.currentLease(u).orElseThrow())
                .filter(l -> l.end().isBefore(world.today().plusDays(90)))
                .toList();
        long renewed = endingSoon.stream()
                .filter(l -> world.leases(l.unit()).stream()
                        .anyMatch(next -> next.start().equals(l.end().plusDays(1))
                                && next.tenantUids().equals(l.tenantUids())))
                .count();

        assertThat(endingSoon).isNotEmpty();
        assertThat(renewed).isGreaterThanOrEqualTo(endingSoon.size() * 2L / 3);
    }

    @Test
    void ticketsOfEveryKindAreOpenInEveryWorld() {
        assertThat(world.maintenances())
                .extracting(World.MaintenanceView::title)
                .contains(
                        "Internet not working",
                        "WiFi keeps dropping",
                        "Internet Upgrade to 1G",
                        "Kitchen sink leak",
                        "Slow drain",
                        "Hallway light out");
        assertThat(world.maintenances()).anySatisfy(m -> assertThat(m.unit()).isNull());
    }

    @Test
    void uispHasTheComplexsUnassignedOnusThePlansAndOtherSubscribersLeftAlone() {
        Set<String> serials =
                world.inventory().stream().map(World.InventoryRow::serialNumber).collect(Collectors.toSet());

        assertThat(world.inventory()).hasSize(118);
        assertThat(serials).hasSize(118);
        assertThat(world.units()).allSatisfy(u -> {
            World.DeviceView onu = world.onuOf(u);
            assertThat(onu.siteId()).isNull();
            assertThat(onu.authorized()).isFalse();
            assertThat(onu.name()).isEqualTo(onu.serialNumber());
        });
        assertThat(world.site(world.parentSiteId()).name()).isEqualTo("Victorian Village");
        World.OutsideView outside = world.outside();
        assertThat(outside.clients()).hasSize(6);
        assertThat(outside.services()).extracting(World.ServiceView::status).contains(1, 2, 3);
        assertThat(outside.tickets()).isNotEmpty();
        assertThat(outside.devices()).anySatisfy(d -> assertThat(d.siteId()).isNull());
        assertThat(outside.devices()).noneSatisfy(d -> assertThat(serials).contains(d.serialNumber()));
        assertThat(world.crmClient(world.complexClientId()).companyName()).isEqualTo("Victorian Village Apartments");
    }

    @Test
    void theSameSeedBuildsTheSameWorldAndAnotherSeedOtherTenants() throws Exception {
        try (Sandbox same = Sandbox.start(1);
                Sandbox other = Sandbox.start(2)) {
            assertThat(snapshot(same.world())).isEqualTo(snapshot(world));
            assertThat(same.world().maintenances()).isEqualTo(world.maintenances());
            assertThat(same.credentials()).usingRecursiveComparison().isEqualTo(sandbox.credentials());
            assertThat(snapshot(other.world())).isNotEqualTo(snapshot(world));
            assertThat(other.world().inventory()).isEqualTo(world.inventory());
            assertThat(other.world().parentSiteId()).isEqualTo(world.parentSiteId());
        }
    }

    @Test
    void movingOutEndsTheLeaseAndMovingInStartsANewOne() {
        UnitKey unit = occupiedWithoutRenewal();
        LocalDate today = world.today();

        world.moveOut(unit, today.minusDays(1));
        boolean vacantNow = world.currentLease(unit).isEmpty();
        String lease = world.moveIn(
                unit,
                List.of(new World.TenantSpec("Ada", "Lovelace", "ada@example.com", "740-555-0199")),
                today,
                today.plusYears(1).minusDays(1));

        assertThat(vacantNow).isTrue();
        assertThat(world.currentLease(unit).orElseThrow().leaseUid()).isEqualTo(lease);
        assertThat(world.currentLease(unit).orElseThrow().tenantEmails()).containsExactly("ada@example.com");
        assertThatThrownBy(() ->
                        world.moveIn(unit, List.of(new World.TenantSpec("B", "C", "b@example.com", "1")), today, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void movingOutDropsTheHouseholdsSignedRenewal() {
        UnitKey unit = world.occupiedUnits().stream()
                .filter(u -> world.leases(u).stream().anyMatch(World.LeaseView::future))
                .findFirst()
                .orElseThrow();
        World.LeaseView current = world.currentLease(unit).orElseThrow();

        world.moveOut(unit, current.end());

        assertThat(world.leases(unit)).noneMatch(World.LeaseView::future);
        assertThat(world.leases(unit).get(world.leases(unit).size() - 1).leaseUid())
                .isEqualTo(current.leaseUid());
    }

    @Test
    void aRenewalKeepsTheTenantsAndStartsTheDayAfter() {
        UnitKey unit = occupiedWithoutRenewal();
        World.LeaseView current = world.currentLease(unit).orElseThrow();

        String renewal = world.renew(unit, current.end().plusYears(1));
        World.LeaseView next = world.leases(unit).get(world.leases(unit).size() - 1);

        assertThat(next.leaseUid()).isEqualTo(renewal);
        assertThat(next.start()).isEqualTo(current.end().plusDays(1));
        assertThat(next.tenantUids()).isEqualTo(current.tenantUids());
        assertThat(next.future()).isTrue();
    }

    @Test
    void aNewMonthBringsRentInvoicesThatPaymentSettles() {
        UnitKey unit = world.occupiedUnits().stream()
                .filter(u -> !world.unitsWithUnpaidRent().contains(u))
                .findFirst()
                .orElseThrow();
        world.setClock(Instant.parse("2026-04-03T15:00:00Z"));

        boolean lateBeforePaying = world.unitsWithUnpaidRent().contains(unit);
        world.payRent(unit, YearMonth.of(2026, 4));
        World.InvoiceView april = world.invoices(unit).stream()
                .filter(i -> i.dueDate().equals(LocalDate.of(2026, 4, 1)))
                .findFirst()
                .orElseThrow();

        assertThat(lateBeforePaying).isTrue();
        assertThat(april.item()).isEqualTo("Rent");
        assertThat(april.status()).isEqualTo("Fully Paid");
        assertThat(world.unitsWithUnpaidRent()).doesNotContain(unit);
    }

    @Test
    void whenEverybodyPaysTheNewMonthOnlyThoseStillOwingOnTheirLeaseAreLate() {
        Map<UnitKey, String> lateInMarch = new TreeMap<>();
        world.unitsWithUnpaidRent()
                .forEach(u ->
                        lateInMarch.put(u, world.currentLease(u).orElseThrow().leaseUid()));
        world.setClock(Instant.parse("2026-04-10T15:00:00Z"));

        world.payAllRent(YearMonth.of(2026, 4));

        Set<UnitKey> sameLease = lateInMarch.keySet().stream()
                .filter(u -> world.currentLease(u)
                        .map(l -> l.leaseUid().equals(lateInMarch.get(u)))
                        .orElse(false))
                .collect(Collectors.toSet());
        assertThat(world.unitsWithUnpaidRent()).isEqualTo(sameLease);
    }

    @Test
    void aReversedPaymentReopensTheInvoice() {
        UnitKey unit = world.occupiedUnits().iterator().next();
        World.InvoiceView invoice = world.invoices(unit).get(0);
        String payment = world.pay(invoice.invoiceUid(), BigDecimal.ONE);

        world.reversePayment(payment);

        assertThat(world.invoice(invoice.invoiceUid()).paid()).isEqualByComparingTo(invoice.paid());
    }

    @Test
    void ticketsAreOpenedResolvedAndReopened() {
        UnitKey unit = world.occupiedUnits().iterator().next();
        String uid = world.openTicket(unit, "Internet down", "No light on the ONU");

        World.MaintenanceView opened = world.maintenance(uid);
        world.resolveTicket(uid);
        String resolved = world.maintenance(uid).status();
        world.reopenTicket(uid);

        assertThat(opened.status()).isEqualTo("NewRequest");
        assertThat(opened.unit()).isEqualTo(unit.unit());
        assertThat(resolved).isEqualTo("Resolved");
        assertThat(world.maintenance(uid).status()).isEqualTo("ReOpened");
    }

    @Test
    void unknownUnitsAreRefused() {
        assertThatThrownBy(() -> world.currentLease(new UnitKey("300 S Harper", "13")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("300 S Harper #13");
    }

    private UnitKey occupiedWithoutRenewal() {
        return world.occupiedUnits().stream()
                .filter(u -> world.leases(u).stream().noneMatch(World.LeaseView::future))
                .findFirst()
                .orElseThrow();
    }

    /** What the seed decides: every lease with its tenants, and who owes rent. */
    private static List<Object> snapshot(World world) {
        return List.of(
                world.units().stream().flatMap(u -> world.leases(u).stream()).toList(), world.unitsWithUnpaidRent());
    }
}
