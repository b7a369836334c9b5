package com.erefiber.vicvil.rent;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.sandbox.World;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.testing.SandboxScenario;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * check-rent end to end against the sandbox (loopback only), along the rent calendar of March 2026: the sandbox's
 * world stands on 10 March with March's rent unpaid by a few households (one of them half paid).
 */
class CheckRentScenarioTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final int SUSPENDED = 3;
    private static final int ACTIVE = 1;

    @RegisterExtension
    final SandboxScenario scenario = new SandboxScenario(7);

    @BeforeEach
    void start() throws Exception {
        CliRun onus = vicvil("rename-onus");
        assertThat(onus.exitCode()).as(onus.err()).isZero();
        CliRun leases = vicvil("sync-leases");
        assertThat(leases.exitCode()).as(leases.err()).isZero();
        scenario.sandbox().requests().reset();
    }

    private CliRun vicvil(String... args) {
        return scenario.vicvil(args);
    }

    private String[] withConfig(String... args) {
        List<String> all =
                new ArrayList<>(List.of("-c", scenario.files().config().toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private CliRun checkRent(String asOf, String... more) {
        List<String> args = new ArrayList<>(List.of("check-rent", "--as-of", asOf));
        args.addAll(List.of(more));
        return vicvil(args.toArray(String[]::new));
    }

    /** The messages sent, once each (GreenMail keeps a copy per recipient). */
    private static List<MimeMessage> sent(GreenMail mail) throws Exception {
        Map<String, MimeMessage> byId = new java.util.LinkedHashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            byId.putIfAbsent(message.getMessageID(), message);
        }
        return List.copyOf(byId.values());
    }

    private Set<UnitKey> late() {
        return scenario.world().unitsWithUnpaidRent();
    }

    private Set<UnitKey> servicesIn(int status) {
        return scenario.world().crmServices().stream()
                .filter(service ->
                        service.status() == status && service.attributes().containsKey(VicvilAttributes.UNIT))
                .map(service -> UnitKey.fromCanonical(service.attributes().get(VicvilAttributes.UNIT)))
                .collect(Collectors.toSet());
    }

    private World.ServiceView serviceOf(UnitKey unit) {
        return scenario.world().crmServices().stream()
                .filter(service -> unit.toString().equals(service.attributes().get(VicvilAttributes.UNIT))
                        && (service.status() == ACTIVE || service.status() == SUSPENDED))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void nobodyIsSuspendedOnTheFifthTheLatePayersAreOnTheSixthAndAPaymentRestores() {
        assertThat(late()).hasSizeGreaterThanOrEqualTo(3);

        CliRun fifth = checkRent("2026-03-05T23:59");
        assertThat(fifth.exitCode()).as(fifth.err()).isZero();
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(servicesIn(SUSPENDED)).isEmpty();

        CliRun sixth = checkRent("2026-03-06T00:00");
        assertThat(sixth.exitCode()).as(sixth.err()).isZero();
        assertThat(servicesIn(SUSPENDED)).isEqualTo(late());
        assertThat(sixth.out()).contains("suspend-service", "unpaid after the grace day");
        for (UnitKey unit : late()) {
            assertThat(scenario.world().onuOf(unit).enabled())
                    .as(unit + "'s ONU")
                    .isFalse();
        }
        CliRun status = vicvil("status");
        assertThat(status.out()).contains(late().size() + " suspended for rent", "unpaid $", ", cut 2026-03-06");

        UnitKey payer = late().iterator().next();
        scenario.world().payRent(payer, MARCH);
        CliRun seventh = checkRent("2026-03-07T09:00");
        assertThat(seventh.exitCode()).as(seventh.err()).isZero();
        assertThat(servicesIn(SUSPENDED)).doesNotContain(payer).hasSize(late().size());
        assertThat(scenario.world().onuOf(payer).enabled()).isTrue();
    }

    @Test
    void theGraceDayEndsAtMidnightInTheComplexNotInTheServersZone() {
        // Cron on a UTC server: 03:30 UTC on the 6th is still 22:30 on the 5th in Nelsonville.
        CliRun utcEarly = CliRun.run(
                Map.of(), Clock.fixed(Instant.parse("2026-03-06T03:30:00Z"), ZoneOffset.UTC), withConfig("check-rent"));
        assertThat(utcEarly.exitCode()).as(utcEarly.err()).isZero();
        assertThat(servicesIn(SUSPENDED)).isEmpty();

        CliRun utcLater = CliRun.run(
                Map.of(), Clock.fixed(Instant.parse("2026-03-06T05:01:00Z"), ZoneOffset.UTC), withConfig("check-rent"));
        assertThat(utcLater.exitCode()).as(utcLater.err()).isZero();
        assertThat(servicesIn(SUSPENDED)).isEqualTo(late());
    }

    @Test
    void anUnpaidAddOnNeverSuspendsButAnUnpaidFeeDoes() {
        List<UnitKey> payers = scenario.world().occupiedUnits().stream()
                .filter(unit -> !late().contains(unit))
                .limit(2)
                .toList();
        // $15 is the sandbox's 1G add-on: vicvil's own kind of invoice, known by its amount even without a store.
        scenario.world()
                .charge(
                        payers.get(0),
                        new BigDecimal("15.00"),
                        LocalDate.parse("2026-03-01"),
                        "Village Fiber 1G add-on");
        scenario.world().charge(payers.get(1), new BigDecimal("75.00"), LocalDate.parse("2026-03-01"), "Late fee");

        CliRun run = checkRent("2026-03-06T08:00", "--force");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(servicesIn(SUSPENDED)).doesNotContain(payers.get(0)).contains(payers.get(1));
    }

    @Test
    void tenantsAreWarnedOnceBeforeTheSuspensionDayThenToldOfTheSuspensionAndTheRestore() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            Files.writeString(
                    scenario.files().config(),
                    Files.readString(scenario.files().config())
                            + """
                    email:
                      from: ERE Fiber <noc@example.test>
                      smtp_host: 127.0.0.1
                      smtp_port: %d
                      welcome_since: 2099-01-01
                    suspend:
                      notices:
                        warn_days_before: 2
                        on_suspend: true
                        on_restore: true
                    """
                                    .formatted(mail.getSmtp().getPort()));
            int late = late().size();

            checkRent("2026-03-03T08:00");
            assertThat(sent(mail)).isEmpty();
            checkRent("2026-03-04T08:00");
            checkRent("2026-03-04T09:00");
            assertThat(sent(mail)).hasSize(late);
            assertThat(sent(mail).get(0).getSubject()).contains("suspended on 2026-03-06 unless paid");
            assertThat(servicesIn(SUSPENDED)).isEmpty();

            checkRent("2026-03-06T08:00");
            assertThat(sent(mail)).hasSize(2 * late);
            UnitKey payer = late().iterator().next();
            scenario.world().payRent(payer, MARCH);
            CliRun restore = checkRent("2026-03-07T08:00");

            assertThat(restore.exitCode()).as(restore.err()).isZero();
            List<MimeMessage> messages = sent(mail);
            assertThat(messages).hasSize(2 * late + 1);
            List<MimeMessage> restores = new ArrayList<>();
            for (MimeMessage message : messages) {
                if (message.getSubject().contains("restored")) {
                    restores.add(message);
                }
            }
            assertThat(restores).hasSize(1);
            MimeMessage restored = restores.get(0);
            assertThat(restored.getSubject()).contains(payer.toString());
            List<String> tenants =
                    scenario.world().currentLease(payer).orElseThrow().tenantEmails();
            assertThat(restored.getAllRecipients()).extracting(Object::toString).containsAnyElementsOf(tenants);
        } finally {
            mail.stop();
        }
    }

    @Test
    void aPartialPaymentLeavingMoreThanTheAllowanceKeepsTheUnitSuspended() {
        checkRent("2026-03-06T08:00");
        UnitKey unit = late().iterator().next();
        World.InvoiceView march = scenario.world().invoices(unit).stream()
                .filter(invoice -> YearMonth.from(invoice.dueDate()).equals(MARCH))
                .findFirst()
                .orElseThrow();
        scenario.world().pay(march.invoiceUid(), new BigDecimal("100.00"));

        CliRun next = checkRent("2026-03-06T08:05");

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(servicesIn(SUSPENDED)).contains(unit);
    }

    @Test
    void aHandSuspensionStaysAndSyncLeasesDoesNotReactivateALatePayer() {
        UnitKey handHeld = scenario.world().occupiedUnits().stream()
                .filter(unit -> !late().contains(unit))
                .findFirst()
                .orElseThrow();
        scenario.world().suspendByHand(serviceOf(handHeld).id(), "Customer request");

        // A hand suspension is drift: reported (exit 1), never lifted.
        CliRun rent = checkRent("2026-03-06T08:00");
        assertThat(rent.exitCode()).as(rent.err()).isEqualTo(1);
        CliRun leases = vicvil("sync-leases", "--as-of", "2026-03-06T08:05");
        assertThat(leases.exitCode()).as(leases.err()).isEqualTo(1);
        assertThat(scenario.sandbox().requests().entries(entry -> entry.endpoint()
                        .contains("cancel-suspend")))
                .isEmpty();
        CliRun again = checkRent("2026-03-06T08:10");

        assertThat(again.exitCode()).as(again.err()).isEqualTo(1);
        assertThat(servicesIn(SUSPENDED)).contains(handHeld).containsAll(late());
        assertThat(again.err()).contains("suspended outside vicvil");
    }

    @Test
    void aUnitOnHoldIsNotSuspendedAndAHoldLiftsVicvilsSuspension() throws Exception {
        List<UnitKey> lateUnits = List.copyOf(late());
        UnitKey held = lateUnits.get(0);
        CliRun hold = vicvil("hold", held.toString(), "--until", "2026-03-31", "--reason", "payment plan");
        assertThat(hold.exitCode()).as(hold.err()).isZero();

        checkRent("2026-03-06T08:00");
        assertThat(servicesIn(SUSPENDED)).doesNotContain(held).contains(lateUnits.get(1));

        UnitKey second = lateUnits.get(1);
        vicvil("hold", second.toString(), "--until", "2026-03-31", "--reason", "owner agreed");
        checkRent("2026-03-06T09:00");
        assertThat(servicesIn(SUSPENDED)).doesNotContain(held, second);
        assertThat(scenario.world().onuOf(second).enabled()).isTrue();

        assertThat(vicvil("status").out()).contains("until 2026-03-31", "2 on hold");
        CliRun list = vicvil("hold", "--list");
        assertThat(list.out()).contains(held.toString(), second.toString(), "payment plan", "owner agreed");
        assertThat(Files.readString(scenario.files().config().resolveSibling("holds.yaml")))
                .contains("payment plan");

        vicvil("release", second.toString());
        checkRent("2026-03-06T10:00");
        assertThat(servicesIn(SUSPENDED)).contains(second).doesNotContain(held);
        assertThat(vicvil("log", "--unit", second.toString()).out()).contains("hold", "release");
    }

    @Test
    void aSecondRunWithNothingChangedWritesNothingAndReadsOnlyTheOpenLeasesInvoices() {
        checkRent("2026-03-06T08:00");
        scenario.sandbox().requests().reset();

        CliRun second = checkRent("2026-03-06T08:05");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(scenario.sandbox().requests().writes()).isZero();
        // One invoice list per still-open lease, plus the payments of the one half-paid invoice; paid leases come
        // from the store's day-old "Fully Paid".
        long invoiceLists = scenario.sandbox().requests().count("GET /openapi/v1/invoices");
        assertThat(invoiceLists).isEqualTo(late().size());
        assertThat(scenario.sandbox().requests().count("GET /openapi/v1/invoices/{invoiceUid}/payments"))
                .isEqualTo(1);
    }

    @Test
    void dryRunPreviewsRentDayAndWritesNothingAnywhere() throws Exception {
        long journalBefore = Files.size(SandboxFiles.stateFile(scenario.dir()));

        CliRun dry = checkRent("2026-03-06", "--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(servicesIn(SUSPENDED)).isEmpty();
        for (UnitKey unit : late()) {
            assertThat(dry.out()).contains(unit.toString());
        }
        assertThat(dry.out()).contains("invoice ", "due 2026-03-01", "paid $");
        assertThat(Files.size(SandboxFiles.stateFile(scenario.dir()))).isEqualTo(journalBefore);
    }

    @Test
    void moreSuspensionsThanTheGuardAllowsRefuseTheRunAndChangeNothing() throws Exception {
        Files.writeString(
                scenario.files().config(),
                Files.readString(scenario.files().config()) + "\nsafety:\n  max_suspensions: 1\n");

        CliRun refused = checkRent("2026-03-06T08:00");

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(4);
        assertThat(refused.err()).contains("refused", "safety.max_suspensions");
        assertThat(scenario.sandbox().requests().writes()).isZero();
        CliRun forced = checkRent("2026-03-06T08:00", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(servicesIn(SUSPENDED)).isEqualTo(late());
    }

    @Test
    void paymentsThatCannotBeReadLeaveThatUnitUnjudgedAndNeedAttention() {
        // The half-paid late payer's invoice is the only one whose payments are read; its answer is garbled.
        scenario.sandbox().faults().on("/openapi/v1/invoices/").malformedNext(50);

        CliRun run = checkRent("2026-03-06T08:00");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("could not be read", "nothing suspended");
        assertThat(servicesIn(SUSPENDED)).hasSize(late().size() - 1).isSubsetOf(late());
    }

    @Test
    void aHoldsFileThatCannotBeReadStopsTheRunRatherThanForgetAHold() throws Exception {
        UnitKey held = late().iterator().next();
        vicvil("hold", held.toString(), "--until", "2026-03-31", "--reason", "payment plan");
        Path holds = scenario.files().config().resolveSibling("holds.yaml");
        Files.writeString(holds, Files.readString(holds).replace("until: 2026-03-31", "until: end of March"));

        CliRun run = checkRent("2026-03-06T08:00");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("holds file", "not a date");
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(servicesIn(SUSPENDED)).isEmpty();
    }

    @Test
    void aShortInvoicePageIsAnUpstreamFailureAndSuspendsNobody() {
        scenario.sandbox().faults().on("/openapi/v1/invoices").emptyPage(1);

        CliRun run = checkRent("2026-03-06T08:00");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(75);
        assertThat(servicesIn(SUSPENDED)).isEmpty();
        assertThat(scenario.sandbox().requests().writes()).isZero();
    }
}
