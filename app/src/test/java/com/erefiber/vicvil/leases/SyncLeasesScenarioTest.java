package com.erefiber.vicvil.leases;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.config.ConfigLoader;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.http.HttpTransport;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.sandbox.World;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.testing.SandboxScenario;
import com.erefiber.vicvil.uisp.UispClient;
import com.erefiber.vicvil.uisp.crm.PlanPeriods;
import com.erefiber.vicvil.uisp.crm.model.ClientWrite;
import com.erefiber.vicvil.uisp.crm.model.Contact;
import com.erefiber.vicvil.uisp.crm.model.NewService;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.nms.model.Site;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** sync-leases end to end against the sandbox's fakes of Innago and UISP (loopback only). */
class SyncLeasesScenarioTest {
    @RegisterExtension
    final SandboxScenario scenario = new SandboxScenario(7);

    private CliRun sync(String... args) {
        return scenario.command("sync-leases", args);
    }

    private Set<String> taggedServiceUnits(int status) {
        return scenario.world().crmServices().stream()
                .filter(service -> service.status() == status)
                .map(service -> service.attributes().get(VicvilAttributes.UNIT))
                .filter(tag -> tag != null)
                .collect(Collectors.toSet());
    }

    private Set<String> unitsWithLeaseCurrentOrFuture() {
        LocalDate today = scenario.world().today();
        return scenario.world().units().stream()
                .filter(unit -> scenario.world().leases(unit).stream()
                        .anyMatch(lease -> lease.end() == null || !lease.end().isBefore(today)))
                .map(UnitKey::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void coldStartProvisionsExactlyTheLetUnitsAndTheSecondRunWritesNothing() {
        CliRun first = sync();

        assertThat(first.exitCode()).as(first.err()).isZero();
        Set<String> expected = unitsWithLeaseCurrentOrFuture();
        assertThat(taggedServiceUnits(1)).isNotEmpty();
        Set<String> provisioned = scenario.world().crmServices().stream()
                .map(service -> service.attributes().get(VicvilAttributes.UNIT))
                .filter(tag -> tag != null)
                .collect(Collectors.toSet());
        assertThat(provisioned).isEqualTo(expected);
        assertThat(scenario.world().crmClients().stream()
                        .filter(client -> !client.outside())
                        .count())
                .isGreaterThanOrEqualTo(expected.size());

        scenario.sandbox().requests().reset();
        CliRun second = sync();

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(second.err()).contains("nothing to do");
        // Bulk reads only: no request per unit (118 units would show up as 100+ requests).
        assertThat(scenario.sandbox().requests().size()).isLessThan(40);
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothingAnywhere() {
        CliRun dry = sync("--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("create-client", "create-service", "has no client");
        assertThat(scenario.sandbox().requests().writeEntries())
                .allMatch(entry -> entry.path().endsWith("/connect/token"));
        assertThat(scenario.dir().resolve("vicvil.db")).doesNotExist();
        assertThat(scenario.dir().resolve("innago-token.json")).doesNotExist();
    }

    @Test
    void theDryRunPlanIsAlsoJson() throws Exception {
        CliRun dry = sync("--dry-run", "--json");

        assertThat(dry.exitCode()).as(dry.err()).isZero();
        JsonNode plan = Json.mapper().readTree(dry.out());
        assertThat(plan.get("job").asText()).isEqualTo("sync-leases");
        assertThat(plan.get("actions")).isNotEmpty();
        assertThat(plan.get("actions").get(0).get("action").asText()).isEqualTo("create-client");
        assertThat(plan.get("refused").isNull()).isTrue();
    }

    @Test
    void moveOutEndsTheServiceAndDisablesTheOnuAndANewTenantGetsANewClient() {
        assertThat(sync().exitCode()).isZero();
        UnitKey unit = letUnit();
        long oldService = serviceOf(unit, 1);
        long oldClient = scenario.world().crmService(oldService).clientId();

        scenario.world().moveOut(unit, scenario.world().today());
        scenario.world().advance(java.time.Duration.ofDays(2));
        CliRun out = sync("--unit", unit.slug());

        assertThat(out.exitCode()).as(out.err()).isZero();
        assertThat(scenario.world().crmService(oldService).status()).isEqualTo(2);
        assertThat(onuOf(unit).enabled()).isFalse();

        scenario.world()
                .moveIn(
                        unit,
                        List.of(new World.TenantSpec("Ada", "Newcomer", "ada@example.test", "555-0100")),
                        scenario.world().today(),
                        null);
        CliRun in = sync("--unit", unit.toString());

        assertThat(in.exitCode()).as(in.err()).isZero();
        long newService = serviceOf(unit, 1);
        assertThat(newService).isNotEqualTo(oldService);
        assertThat(scenario.world().crmService(newService).clientId()).isNotEqualTo(oldClient);
        assertThat(onuOf(unit).enabled()).isTrue();
    }

    @Test
    void anEmptyMiddlePageOfTheLeaseListIsAnUpstreamFailureThatWritesNothing() {
        assertThat(sync().exitCode()).isZero();
        scenario.sandbox().faults().on("/openapi/v1/leases").emptyPage(2);
        scenario.sandbox().requests().reset();

        CliRun run = sync("--quiet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(75);
        assertThat(run.err()).contains("page 2 of", "is empty");
        assertThat(scenario.sandbox().requests().writeEntries())
                .allMatch(entry -> entry.path().endsWith("/connect/token"));
    }

    @Test
    void aUnitRenamedInInnagoIsADataProblemAndNothingInItsBuildingIsEnded() {
        assertThat(sync().exitCode()).isZero();
        UnitKey renamed = letUnit();
        UnitKey neighbour = scenario.world().units().stream()
                .filter(key -> key.property().equals(renamed.property())
                        && !key.equals(renamed)
                        && scenario.world().currentLease(key).isPresent())
                .findFirst()
                .orElseThrow();
        long neighbourService = serviceOf(neighbour, 1);
        scenario.world().renameUnitInInnago(renamed, "Apt " + renamed.unit());
        scenario.world().moveOut(neighbour, scenario.world().today());
        scenario.world().advance(java.time.Duration.ofDays(2));
        scenario.sandbox().requests().reset();

        CliRun run = sync("--quiet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("attention:", "the inventory does not list", "Apt " + renamed.unit());
        assertThat(scenario.sandbox().requests().writeEntries())
                .noneMatch(
                        entry -> entry.path().endsWith("/end") || entry.path().contains("/devices/onus/"));
        assertThat(scenario.world().crmService(serviceOf(renamed, 1)).status()).isEqualTo(1);
        assertThat(scenario.world().crmService(neighbourService).status())
                .as("the real move-out waits too")
                .isEqualTo(1);
        assertThat(onuOf(renamed).enabled()).isTrue();
    }

    @Test
    void theComplexsOwnBillingClientIsNeverAdoptedForATenant() {
        assertThat(sync().exitCode()).isZero();
        UnitKey unit = vacantUnit();
        // The resident manager signs a lease with the leasing office's address, the contact of ERE's client for the
        // complex.
        scenario.world()
                .moveIn(
                        unit,
                        List.of(new World.TenantSpec(
                                "Rita", "Manager", "office@victorianvillage.example.com", "555-0109")),
                        scenario.world().today(),
                        null);
        World.ClientView before = scenario.world().crmClient(scenario.world().complexClientId());

        CliRun run = sync("--unit", unit.toString());

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(scenario.world().crmClient(scenario.world().complexClientId()))
                .isEqualTo(before);
        assertThat(scenario.world().crmServices().stream()
                        .filter(service ->
                                service.clientId() == scenario.world().complexClientId()))
                .isEmpty();
        assertThat(serviceOf(unit, 1)).isPositive();
    }

    @Test
    void aRenewalKeepsClientAndService() {
        UnitKey unit = letUnit();
        assertThat(sync().exitCode()).isZero();
        long service = serviceOf(unit, 1);
        int clients = scenario.world().crmClients().size();

        scenario.world().moveOut(unit, scenario.world().today().plusDays(1));
        scenario.world().renew(unit, scenario.world().today().plusYears(1));
        scenario.world().advance(java.time.Duration.ofDays(3));
        CliRun run = sync("--unit", unit.toString());

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(scenario.world().crmClients()).hasSize(clients);
        assertThat(scenario.world().crmService(service).status()).isEqualTo(1);
    }

    @Test
    void aFutureLeaseIsPreparedButItsOnuWaitsForTheStart() {
        assertThat(sync().exitCode()).isZero();
        UnitKey vacant = scenario.world().units().stream()
                .filter(key -> scenario.world().leases(key).stream()
                        .noneMatch(lease -> lease.end() == null
                                || !lease.end().isBefore(scenario.world().today())))
                .findFirst()
                .orElseThrow();
        assertThat(onuOf(vacant).enabled()).isFalse();
        LocalDate start = scenario.world().today().plusDays(20);
        scenario.world()
                .moveIn(
                        vacant,
                        List.of(new World.TenantSpec("Fay", "Future", "fay@example.test", "555-0101")),
                        start,
                        null);

        assertThat(sync("--unit", vacant.toString()).exitCode()).isZero();
        assertThat(scenario.world().crmServices().stream()
                        .anyMatch(service ->
                                vacant.toString().equals(service.attributes().get(VicvilAttributes.UNIT))
                                        && service.status() != 2))
                .isTrue();
        assertThat(onuOf(vacant).enabled()).isFalse();

        // The fake's lease flags follow its own clock, so --as-of shows drift (exit 1); the ONU must be on.
        CliRun atStart = sync("--as-of", start.toString(), "--unit", vacant.toString());

        assertThat(atStart.exitCode()).as(atStart.err()).isIn(0, 1);
        assertThat(onuOf(vacant).enabled()).isTrue();
    }

    @Test
    void aLostAnswerOrALostDatabaseNeverDuplicatesAnythingNorEndsAnything() throws Exception {
        // The fake creates the client but the answer is lost: vicvil must find it by its tag next time.
        scenario.sandbox().faults().on("POST /crm/api/v1.0/clients").dropResponseNext(3);
        CliRun broken = sync();
        assertThat(broken.exitCode()).isEqualTo(1);
        scenario.sandbox().faults().clear();

        CliRun repaired = sync();
        assertThat(repaired.exitCode()).as(repaired.err()).isZero();
        assertNoDuplicates();

        Files.delete(scenario.dir().resolve("vicvil.db"));
        scenario.sandbox().requests().reset();
        CliRun afterLoss = sync();

        assertThat(afterLoss.exitCode()).as(afterLoss.err()).isIn(0, 1);
        assertThat(scenario.sandbox().requests().writeEntries())
                .noneMatch(entry -> entry.path().endsWith("/end")
                        || entry.method().equals("POST") && entry.path().contains("/clients"));
        assertNoDuplicates();
    }

    @Test
    void theGuardRefusesManyEndsAndAnEmptyLeaseListUnlessForced() {
        assertThat(sync().exitCode()).isZero();
        List<UnitKey> let = scenario.world().units().stream()
                .filter(key -> scenario.world().currentLease(key).isPresent())
                .limit(12)
                .toList();
        let.forEach(unit -> scenario.world().moveOut(unit, scenario.world().today()));
        scenario.world().advance(java.time.Duration.ofDays(2));
        scenario.sandbox().requests().reset();

        CliRun refused = sync();

        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("refused");
        assertThat(scenario.sandbox().requests().writeEntries())
                .allMatch(entry -> entry.path().endsWith("/connect/token"));

        CliRun forced = sync("--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
    }

    @Test
    void objectsOfOtherSubscribersAndHandSuspendedServicesAreNeverTouched() {
        World.OutsideView before = scenario.world().outside();
        assertThat(sync().exitCode()).isZero();
        UnitKey unit = scenario.world().units().stream()
                .filter(key -> scenario.world().currentLease(key).isPresent())
                .findFirst()
                .orElseThrow();
        long service = serviceOf(unit, 1);
        suspendByHand(service);
        scenario.world().moveOut(unit, scenario.world().today());
        scenario.world().advance(java.time.Duration.ofDays(2));

        sync();

        assertThat(scenario.world().outside()).isEqualTo(before);
        assertThat(scenario.world().crmService(service).status()).isEqualTo(3);
    }

    @Test
    void oneWelcomeEmailPerNewServiceAndNoneForLeasesBeforeWelcomeSince() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            LocalDate since = scenario.world().units().stream()
                    .flatMap(unit -> scenario.world().leases(unit).stream())
                    .map(World.LeaseView::start)
                    .max(LocalDate::compareTo)
                    .orElseThrow()
                    .plusDays(1);
            Files.writeString(
                    scenario.files().config(),
                    Files.readString(scenario.files().config())
                            + """
                    email:
                      from: ERE Fiber <internet@example.test>
                      smtp_host: 127.0.0.1
                      smtp_port: %d
                      welcome_since: %s
                    """
                                    .formatted(mail.getSmtp().getPort(), since));
            UnitKey vacant = scenario.world().units().stream()
                    .filter(key -> scenario.world().leases(key).stream()
                            .noneMatch(lease -> lease.end() == null
                                    || !lease.end().isBefore(scenario.world().today())))
                    .findFirst()
                    .orElseThrow();
            LocalDate start = since.plusDays(5);
            scenario.world()
                    .moveIn(
                            vacant,
                            List.of(
                                    new World.TenantSpec("Wes", "Welcome", "wes@example.test", "555-0102"),
                                    new World.TenantSpec("Val", "Welcome", "val@example.test", "555-0104")),
                            start,
                            null);

            assertThat(sync().exitCode()).isZero();
            assertThat(sync().exitCode()).isZero();
            Files.delete(scenario.dir().resolve("vicvil.db"));
            assertThat(sync().exitCode()).isIn(0, 1);

            // One message to both tenants (GreenMail keeps a copy per mailbox).
            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).hasSize(2);
            assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID());
            assertThat(received[0].getAllRecipients())
                    .extracting(Object::toString)
                    .containsExactly("wes@example.test", "val@example.test");
            assertThat(received[0].getSubject()).contains(vacant.toString());
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0]))
                    .contains(String.valueOf(start.getYear()));
        } finally {
            mail.stop();
        }
    }

    @Test
    void withSmtpDownTheOnuIsStillEnabledAndTheWelcomeGoesOutOnceOnTheNextRun() throws Exception {
        assertThat(sync().exitCode()).isZero();
        int port = freePort();
        withEmail(port, scenario.world().today());
        UnitKey unit = vacantUnit();
        scenario.world()
                .moveIn(
                        unit,
                        List.of(new World.TenantSpec("Dee", "Down", "dee@example.test", "555-0105")),
                        scenario.world().today(),
                        null);

        CliRun down = sync("--unit", unit.toString());

        assertThat(down.exitCode()).as(down.err()).isEqualTo(1);
        assertThat(down.err()).contains("send-welcome failed");
        assertThat(onuOf(unit).enabled()).isTrue();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            CliRun up = sync("--unit", unit.toString());
            assertThat(up.exitCode()).as(up.err()).isZero();
            assertThat(sync("--unit", unit.toString()).exitCode()).isZero();

            assertThat(mail.getReceivedMessages()).hasSize(1);
            assertThat(mail.getReceivedMessages()[0].getAllRecipients())
                    .extracting(Object::toString)
                    .containsExactly("dee@example.test");
        } finally {
            mail.stop();
        }
    }

    @Test
    void aMalformedCoTenantAddressIsDroppedWithANoticeAndTheOthersAreMailed() throws Exception {
        assertThat(sync().exitCode()).isZero();
        GreenMail mail = startMail();
        try {
            withEmail(mail.getSmtp().getPort(), scenario.world().today());
            UnitKey unit = vacantUnit();
            scenario.world()
                    .moveIn(
                            unit,
                            List.of(
                                    new World.TenantSpec("Ann", "Able", "ann@example.test", "555-0106"),
                                    new World.TenantSpec("Bo", "Chen", "bo chen@example.test", "555-0107")),
                            scenario.world().today(),
                            null);

            CliRun run = sync("--quiet", "--unit", unit.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).contains(unit.toString(), "bo chen@example.test");
            assertThat(onuOf(unit).enabled()).isTrue();
            assertThat(mail.getReceivedMessages()).hasSize(1);
            assertThat(mail.getReceivedMessages()[0].getAllRecipients())
                    .extracting(Object::toString)
                    .containsExactly("ann@example.test");

            assertThat(sync("--unit", unit.toString()).exitCode()).isZero();
            assertThat(mail.getReceivedMessages()).hasSize(1);
        } finally {
            mail.stop();
        }
    }

    @Test
    void aWelcomeWhoseMarkerCouldNotBeWrittenIsNeverSentAgainAndTheMarkerFollows() throws Exception {
        assertThat(sync().exitCode()).isZero();
        GreenMail mail = startMail();
        try {
            withEmail(mail.getSmtp().getPort(), scenario.world().today());
            UnitKey unit = vacantUnit();
            String lease = scenario.world()
                    .moveIn(
                            unit,
                            List.of(new World.TenantSpec("Mo", "Marker", "mo@example.test", "555-0108")),
                            scenario.world().today(),
                            null);
            scenario.sandbox()
                    .faults()
                    .on("PATCH /crm/api/v1.0/clients/services/")
                    .failNext(1, 422);

            CliRun refused = sync("--unit", unit.toString());

            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
            assertThat(refused.err())
                    .contains("welcome sent to 1 tenant(s), but its vicvilWelcomed marker was not written");
            assertThat(onuOf(unit).enabled()).isTrue();
            assertThat(mail.getReceivedMessages()).hasSize(1);
            long service = serviceOf(unit, 1);
            assertThat(scenario.world().crmService(service).attributes()).doesNotContainKey(VicvilAttributes.WELCOMED);
            scenario.sandbox().faults().clear();

            CliRun next = sync("--unit", unit.toString());

            assertThat(next.exitCode()).as(next.err()).isZero();
            assertThat(mail.getReceivedMessages()).hasSize(1);
            assertThat(scenario.world().crmService(service).attributes())
                    .containsEntry(VicvilAttributes.WELCOMED, lease);
        } finally {
            mail.stop();
        }
    }

    @Test
    void aServiceWhoseCreationAnswerWasLostStillGetsItsWelcomeOnce() throws Exception {
        assertThat(sync().exitCode()).isZero();
        GreenMail mail = startMail();
        try {
            withEmail(mail.getSmtp().getPort(), scenario.world().today());
            UnitKey unit = vacantUnit();
            scenario.world()
                    .moveIn(
                            unit,
                            List.of(new World.TenantSpec("Lu", "Lost", "lu@example.test", "555-0109")),
                            scenario.world().today(),
                            null);
            // The service is made, but its answer is lost: the next run finds it by its tag.
            scenario.sandbox().faults().on("POST /crm/api/v1.0/clients/").dropResponseNext(1);

            CliRun broken = sync("--unit", unit.toString());

            assertThat(broken.exitCode()).as(broken.err()).isEqualTo(1);
            assertThat(mail.getReceivedMessages()).isEmpty();
            scenario.sandbox().faults().clear();

            CliRun repaired = sync("--unit", unit.toString());
            assertThat(repaired.exitCode()).as(repaired.err()).isZero();
            assertThat(sync("--unit", unit.toString()).exitCode()).isZero();

            assertNoDuplicates();
            assertThat(onuOf(unit).enabled()).isTrue();
            assertThat(mail.getReceivedMessages()).hasSize(1);
            assertThat(mail.getReceivedMessages()[0].getAllRecipients())
                    .extracting(Object::toString)
                    .containsExactly("lu@example.test");
        } finally {
            mail.stop();
        }
    }

    @Test
    void anEmptyLeaseListFromInnagoIsTreatedAsAnOutageNotAsEveryoneMovingOut() {
        assertThat(sync().exitCode()).isZero();
        scenario.world().answerNoLeases(true);
        scenario.sandbox().requests().reset();

        CliRun refused = sync();

        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(taggedServiceUnits(1)).isNotEmpty();
    }

    @Test
    void aLostDatabaseStillLetsVicvilEnableTheOnuItDisabledForTheNextTenant() throws Exception {
        assertThat(sync().exitCode()).isZero();
        UnitKey unit = letUnit();
        scenario.world().moveOut(unit, scenario.world().today());
        scenario.world().advance(java.time.Duration.ofDays(2));
        assertThat(sync("--unit", unit.toString()).exitCode()).isZero();
        assertThat(onuOf(unit).enabled()).isFalse();

        Files.delete(scenario.dir().resolve("vicvil.db"));
        scenario.world()
                .moveIn(
                        unit,
                        List.of(new World.TenantSpec("Lou", "Later", "lou@example.test", "555-0103")),
                        scenario.world().today(),
                        null);
        CliRun in = sync("--unit", unit.toString());

        assertThat(in.exitCode()).as(in.err()).isZero();
        assertThat(onuOf(unit).enabled()).isTrue();
    }

    @Test
    void aMoveOutMarksTheServiceBeforeEndingItAndTheMarkerOutlivesTheDatabaseUntilTheNextTenant() throws Exception {
        assertThat(sync().exitCode()).isZero();
        UnitKey unit = letUnit();
        long service = serviceOf(unit, 1);
        scenario.world().moveOut(unit, scenario.world().today());
        scenario.world().advance(java.time.Duration.ofDays(2));

        CliRun out = sync("--unit", unit.toString());

        assertThat(out.exitCode()).as(out.err()).isZero();
        assertThat(scenario.world().crmService(service).status()).isEqualTo(2);
        assertThat(onuOf(unit).enabled()).isFalse();
        assertThat(scenario.world().crmService(service).attributes()).containsKey(VicvilAttributes.ONU_OFF);

        Files.delete(scenario.dir().resolve("vicvil.db"));
        scenario.world()
                .moveIn(
                        unit,
                        List.of(new World.TenantSpec("Mo", "Marker", "mo@example.test", "555-0106")),
                        scenario.world().today(),
                        null);
        CliRun in = sync("--unit", unit.toString());

        assertThat(in.exitCode()).as(in.err()).isZero();
        assertThat(onuOf(unit).enabled()).isTrue();

        // The marker the ended service keeps no longer speaks for the unit: an ONU disabled by hand stays disabled.
        Files.delete(scenario.dir().resolve("vicvil.db"));
        World.DeviceView onu = onuOf(unit);
        uispAsOperator().nms().setOnuSystem(onu.id(), onu.name(), false);
        CliRun later = sync("--unit", unit.toString());

        assertThat(later.exitCode()).as(later.err()).isEqualTo(1);
        assertThat(later.err()).contains("ONU disabled outside vicvil");
        assertThat(onuOf(unit).enabled()).isFalse();
    }

    @Test
    void clientsAndServicesMadeByHandBeforeGoLiveAreAdoptedNotDuplicated() {
        UnitKey unit = letUnit();
        World.LeaseView lease = scenario.world().currentLease(unit).orElseThrow();
        String email = lease.tenantEmails().get(0);
        UispClient uisp = uispAsOperator();
        // Addressed to the unit: an email match alone would not do (a town subscriber's own account).
        long client = uisp.crm()
                .createClient(ClientWrite.builder()
                        .residential("Hand", "Made")
                        .address(unit.property() + " St", "Apt " + unit.unit(), null, null, null, null)
                        .contacts(List.of(Contact.of("Hand Made", email, null)))
                        .build());
        long period = PlanPeriods.monthly(uisp.crm().servicePlans(), "Village Fiber 500")
                .id();
        long service =
                uisp.crm().createService(client, NewService.builder(period).build());

        CliRun run = sync();

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(scenario.world().crmClient(client).attributes())
                .containsEntry(VicvilAttributes.UNIT, unit.toString());
        assertThat(scenario.world().crmService(service).attributes())
                .containsEntry(VicvilAttributes.UNIT, unit.toString());
        assertThat(scenario.world().crmClients().stream()
                        .filter(view -> view.emails().contains(email)))
                .hasSize(1);
        assertThat(scenario.world().crmClient(client).emails())
                .hasSize(lease.tenantEmails().size());
        assertThat(scenario.world().crmServices().stream()
                        .filter(view -> view.status() != 2
                                && unit.toString().equals(view.attributes().get(VicvilAttributes.UNIT))))
                .hasSize(1);
    }

    @Test
    void aTownSubscriberWhoSignsALeaseHereGetsANewClientAndHisOwnAccountIsLeftAlone() {
        assertThat(sync().exitCode()).isZero();
        UnitKey vacant = vacantUnit();
        World.ClientView subscriber = scenario.world().outside().clients().stream()
                .filter(client -> !client.emails().isEmpty())
                .findFirst()
                .orElseThrow();
        scenario.world()
                .moveIn(
                        vacant,
                        List.of(new World.TenantSpec(
                                subscriber.firstName(),
                                subscriber.lastName(),
                                subscriber.emails().get(0),
                                "555-0107")),
                        scenario.world().today(),
                        null);
        World.OutsideView before = scenario.world().outside();

        CliRun run = sync("--unit", vacant.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("client " + subscriber.id() + " matches lease", "not adopted");
        assertThat(scenario.world().outside()).isEqualTo(before);
        long service = serviceOf(vacant, 1);
        assertThat(scenario.world().crmService(service).clientId()).isNotEqualTo(subscriber.id());
        assertThat(onuOf(vacant).enabled()).isTrue();
    }

    @Test
    void aSiteMadeByHandForAUnitIsUsedNotDuplicated() {
        UnitKey unit = letUnit();
        String handMade = unit.property() + " Apt " + unit.unit();
        Site site = uispAsOperator()
                .nms()
                .createEndpointSite(
                        handMade, scenario.world().parentSiteId(), new Site.Location(39.46, -82.23), "by hand");

        assertThat(sync().exitCode()).isZero();

        assertThat(scenario.world().sites().stream().filter(view -> view.name().equals(unit.toString())))
                .isEmpty();
        assertThat(scenario.world().crmService(serviceOf(unit, 1)).unmsClientSiteId())
                .isEqualTo(site.id());
    }

    @Test
    void aPreparedServiceIsReadByItsCrmDateSoTheNextRunSeesNoDrift() {
        assertThat(sync().exitCode()).isZero();
        UnitKey vacant = vacantUnit();
        LocalDate start = scenario.world().today().plusDays(20);
        scenario.world()
                .moveIn(
                        vacant,
                        List.of(new World.TenantSpec("Dee", "Date", "dee@example.test", "555-0105")),
                        start,
                        null);
        assertThat(sync("--unit", vacant.toString()).exitCode()).isZero();

        Service prepared = uispAsOperator().crm().services(null, List.of(Service.PREPARED)).stream()
                .filter(service -> vacant.toString()
                        .equals(service.attribute(VicvilAttributes.UNIT).orElse(null)))
                .findFirst()
                .orElseThrow();
        assertThat(prepared.activeFrom()).isEqualTo(start.atStartOfDay().atOffset(ZoneOffset.UTC));
        CliRun again = sync("--unit", vacant.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("prepared from");
    }

    @Test
    void anInventorySerialOfAnOnuOutsideTheComplexIsReportedAndThatOnuIsNeverWritten() throws Exception {
        UnitKey vacant = vacantUnit();
        World.DeviceView own = onuOf(vacant);
        World.DeviceView town = scenario.world().outside().devices().stream()
                .filter(device -> device.type().equals("onu") && device.enabled() && device.siteId() != null)
                .findFirst()
                .orElseThrow();
        // A stale inventory row: the vacant unit's row carries a town subscriber's serial and MAC.
        Files.writeString(
                scenario.files().inventory(),
                Files.readString(scenario.files().inventory())
                        .replace(own.serialNumber(), town.serialNumber())
                        .replace(own.mac(), town.mac()));
        World.OutsideView before = scenario.world().outside();

        CliRun run = sync("-q");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(vacant.toString(), "ONU " + town.id(), "outside the complex's parent site");
        assertThat(scenario.world().outside()).isEqualTo(before);
        assertThat(scenario.sandbox().requests().writeEntries())
                .noneMatch(entry -> entry.path().contains(town.id()));
    }

    /** Sends sync-leases' mail to a local SMTP server on {@code port}, welcoming leases from {@code since}. */
    private void withEmail(int port, LocalDate since) throws IOException {
        Files.writeString(
                scenario.files().config(),
                Files.readString(scenario.files().config())
                        + """
                email:
                  from: ERE Fiber <internet@example.test>
                  smtp_host: 127.0.0.1
                  smtp_port: %d
                  welcome_since: %s
                """
                                .formatted(port, since));
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** A loopback port nothing listens on (an SMTP server that is down). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A unit with no current or future lease (its ONU disabled after a first run). */
    private UnitKey vacantUnit() {
        return scenario.world().units().stream()
                .filter(key -> scenario.world().leases(key).stream()
                        .noneMatch(lease -> lease.end() == null
                                || !lease.end().isBefore(scenario.world().today())))
                .findFirst()
                .orElseThrow();
    }

    private void assertNoDuplicates() {
        List<String> tags = scenario.world().crmServices().stream()
                .filter(service -> service.status() != 2)
                .map(service -> service.attributes().get(VicvilAttributes.UNIT))
                .filter(tag -> tag != null)
                .toList();
        assertThat(tags).doesNotHaveDuplicates();
        List<String> idents = scenario.world().crmClients().stream()
                .map(World.ClientView::userIdent)
                .filter(id -> id != null)
                .toList();
        assertThat(idents).doesNotHaveDuplicates();
    }

    private UnitKey letUnit() {
        return scenario.world().units().stream()
                .filter(key -> scenario.world().currentLease(key).isPresent()
                        && scenario.world().leases(key).stream().noneMatch(lease -> lease.start()
                                .isAfter(scenario.world().today())))
                .findFirst()
                .orElseThrow();
    }

    private long serviceOf(UnitKey unit, int status) {
        return scenario.world().crmServices().stream()
                .filter(service -> service.status() == status
                        && unit.toString().equals(service.attributes().get(VicvilAttributes.UNIT)))
                .mapToLong(World.ServiceView::id)
                .max()
                .orElseThrow();
    }

    private World.DeviceView onuOf(UnitKey unit) {
        return scenario.world().onuOf(unit);
    }

    /** The UISP client an engineer would use by hand. */
    private UispClient uispAsOperator() {
        return new UispClient(
                new HttpTransport(Json.mapper()),
                ConfigLoader.load(scenario.files().config(), Map.of(), warning -> {})
                        .uisp());
    }

    /** An engineer suspends a service in UISP by hand (a reason of their own). */
    private void suspendByHand(long serviceId) {
        UispClient uisp = uispAsOperator();
        long reason = uisp.crm().createSuspensionReason("Abuse report");
        uisp.crm().suspendService(serviceId, reason);
    }
}
