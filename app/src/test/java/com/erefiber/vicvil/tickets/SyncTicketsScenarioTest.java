package com.erefiber.vicvil.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.sandbox.World;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.testing.SandboxScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** sync-tickets end to end against the sandbox's fakes of Innago and UISP (loopback only). */
class SyncTicketsScenarioTest {
    private static final TicketClassifier CLASSIFIER = new TicketClassifier(AppConfig.Keywords.defaults());
    private static final String UPGRADE_TITLE = "Internet Upgrade to 1G";

    @RegisterExtension
    final SandboxScenario scenario = new SandboxScenario(7);

    @BeforeEach
    void start() throws Exception {
        CliRun leases = run("sync-leases");
        assertThat(leases.exitCode()).as(leases.err()).isIn(0, 1);
        scenario.sandbox().requests().reset();
    }

    private CliRun run(String... args) {
        return scenario.vicvil(args);
    }

    private CliRun sync(String... args) {
        List<String> all = new ArrayList<>(List.of("sync-tickets"));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static boolean open(World.MaintenanceView ticket) {
        return !ticket.status().equals("Resolved");
    }

    private List<World.TicketView> crmTicketsOf(String maintenanceUid) {
        return scenario.world().crmTickets().stream()
                .filter(ticket -> ticket.comments().stream().anyMatch(body -> body.contains(maintenanceUid)))
                .toList();
    }

    private World.MaintenanceView upgradeRequest() {
        return scenario.world().maintenances().stream()
                .filter(ticket -> ticket.title().equals(UPGRADE_TITLE))
                .findFirst()
                .orElseThrow();
    }

    private World.MaintenanceView internetRequest() {
        return scenario.world().maintenances().stream()
                .filter(ticket -> ticket.title().equals("WiFi keeps dropping"))
                .findFirst()
                .orElseThrow();
    }

    private UnitKey unitOf(World.MaintenanceView ticket) {
        return new UnitKey(ticket.property(), ticket.unit());
    }

    @Test
    void forwardsEachOpenInternetRequestOnceAndNothingElse() {
        CliRun first = sync();

        assertThat(first.exitCode()).as(first.err()).isIn(0, 1);
        for (World.MaintenanceView ticket : scenario.world().maintenances()) {
            TicketClass kind = CLASSIFIER.classify(ticket.title(), ticket.description());
            if (kind == TicketClass.OTHER) {
                assertThat(crmTicketsOf(ticket.uid())).as(ticket.title()).isEmpty();
            } else if (kind == TicketClass.INTERNET && !ticket.status().equals("Resolved")) {
                assertThat(crmTicketsOf(ticket.uid())).as(ticket.title()).hasSize(1);
            }
        }
        World.MaintenanceView wifi = internetRequest();
        World.TicketView forwarded = crmTicketsOf(wifi.uid()).get(0);
        UnitKey unit = unitOf(wifi);
        assertThat(forwarded.subject()).isEqualTo("[" + unit + "] WiFi keeps dropping");
        assertThat(forwarded.comments().get(0))
                .contains("Innago maintenance request " + wifi.uid(), "Unit: " + unit, "ONU: ", "/nms/devices#id=")
                .contains(wifi.description());
        long unitClient = scenario.world().crmServices().stream()
                .filter(service -> unit.toString().equals(service.attributes().get("vicvilUnit")))
                .filter(service -> service.status() != 2)
                .findFirst()
                .orElseThrow()
                .clientId();
        assertThat(forwarded.clientId()).isEqualTo(unitClient);

        scenario.sandbox().requests().reset();
        CliRun second = sync();
        assertThat(second.exitCode()).as(second.err()).isIn(0, 1);
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(scenario.sandbox().requests().size())
                .as(scenario.sandbox().requests().countsByEndpoint().toString())
                .isLessThan(25);
    }

    @Test
    void aLostStoreFindsItsLinksInUispAndDuplicatesNothing() throws Exception {
        assertThat(sync().exitCode()).isIn(0, 1);
        int tickets = scenario.world().crmTickets().size();
        long invoices = scenario.world().invoices(unitOf(upgradeRequest())).size();
        Files.delete(SandboxFiles.stateFile(scenario.dir()));

        scenario.sandbox().requests().reset();
        CliRun afterLoss = sync();

        assertThat(afterLoss.exitCode()).as(afterLoss.err()).isIn(0, 1);
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(scenario.world().crmTickets()).hasSize(tickets);
        assertThat(scenario.world().invoices(unitOf(upgradeRequest()))).hasSize((int) invoices);
        scenario.sandbox().requests().reset();
        assertThat(sync().exitCode()).isIn(0, 1);
        assertThat(scenario.sandbox().requests().writes()).isZero();
    }

    @Test
    void statusFollowsBothWaysExactlyOnceWithoutPingPong() {
        assertThat(sync().exitCode()).isIn(0, 1);
        World.MaintenanceView wifi = internetRequest();
        long ticketId = crmTicketsOf(wifi.uid()).get(0).id();

        scenario.world().setCrmTicketStatus(ticketId, 3);
        scenario.sandbox().requests().reset();
        assertThat(sync().exitCode()).isIn(0, 1);
        assertThat(scenario.world().maintenance(wifi.uid()).status()).isEqualTo("Resolved");
        assertThat(scenario.world().maintenance(wifi.uid()).comments()).hasSize(1);
        assertThat(scenario.sandbox().requests().writes()).isEqualTo(2); // the comment and the resolve

        scenario.world().reopenTicket(wifi.uid());
        assertThat(sync().exitCode()).isIn(0, 1);
        assertThat(crmTicketsOf(wifi.uid()).get(0).status()).isEqualTo(1);
        scenario.sandbox().requests().reset();
        for (int i = 0; i < 5; i++) {
            assertThat(sync().exitCode()).isIn(0, 1);
        }
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(scenario.world().maintenance(wifi.uid()).status()).isEqualTo("ReOpened");

        scenario.world().resolveTicket(wifi.uid());
        assertThat(sync().exitCode()).isIn(0, 1);
        assertThat(crmTicketsOf(wifi.uid()).get(0).status()).isEqualTo(3);
        scenario.sandbox().requests().reset();
        for (int i = 0; i < 5; i++) {
            assertThat(sync().exitCode()).isIn(0, 1);
        }
        assertThat(scenario.sandbox().requests().writes()).isZero();
    }

    @Test
    void anUpgradeChangesThePlanBillsTheAddOnOnceAMonthAndAnswersTheTenant() {
        World.MaintenanceView request = upgradeRequest();
        UnitKey unit = unitOf(request);

        CliRun first = sync();

        assertThat(first.exitCode()).as(first.err()).isIn(0, 1);
        World.ServiceView service = scenario.world().crmServices().stream()
                .filter(found -> unit.toString().equals(found.attributes().get("vicvilUnit")))
                .filter(found -> found.status() != 2)
                .findFirst()
                .orElseThrow();
        assertThat(service.servicePlanName()).isEqualTo("Village Fiber 1G");
        World.MaintenanceView answered = scenario.world().maintenance(request.uid());
        assertThat(answered.status()).isEqualTo("Resolved");
        assertThat(answered.comments()).singleElement().asString().contains("Village Fiber 1G", "$10.00", "router");
        assertThat(crmTicketsOf(request.uid())).singleElement().satisfies(ticket -> assertThat(ticket.status())
                .isEqualTo(3));
        List<World.InvoiceView> addOns = scenario.world().invoices(unit).stream()
                .filter(invoice -> invoice.item().equals("Village Fiber 1G add-on"))
                .toList();
        assertThat(addOns).singleElement().satisfies(invoice -> {
            assertThat(invoice.amount()).isEqualByComparingTo("10");
            assertThat(invoice.dueDate().getMonth())
                    .isEqualTo(scenario.world().today().getMonth());
        });

        scenario.sandbox().requests().reset();
        assertThat(sync().exitCode()).isIn(0, 1);
        assertThat(scenario.sandbox().requests().writes()).isZero();

        // next month: one more add-on invoice, once
        scenario.world()
                .advance(java.time.Duration.ofDays(scenario.world().today().lengthOfMonth()
                        - scenario.world().today().getDayOfMonth()
                        + 1));
        assertThat(sync().exitCode()).isIn(0, 1);
        assertThat(sync().exitCode()).isIn(0, 1);
        assertThat(scenario.world().invoices(unit).stream()
                        .filter(invoice -> invoice.item().equals("Village Fiber 1G add-on"))
                        .count())
                .isEqualTo(2);
    }

    @Test
    void withManualApprovalNothingChangesUntilApproved() throws Exception {
        Files.writeString(scenario.files().config(), "\nupgrades:\n  approval: manual\n", StandardOpenOption.APPEND);
        World.MaintenanceView request = upgradeRequest();
        UnitKey unit = unitOf(request);

        assertThat(sync().exitCode()).isIn(0, 1);

        assertThat(scenario.world().maintenance(request.uid()).status()).isNotEqualTo("Resolved");
        assertThat(scenario.world().crmServices().stream()
                        .filter(found ->
                                unit.toString().equals(found.attributes().get("vicvilUnit")))
                        .filter(found -> found.status() != 2)
                        .findFirst()
                        .orElseThrow()
                        .servicePlanName())
                .isEqualTo("Village Fiber 500");
        assertThat(scenario.world().invoices(unit).stream()
                        .filter(invoice -> invoice.item().endsWith("add-on")))
                .isEmpty();
        scenario.sandbox().requests().reset();
        assertThat(sync().exitCode()).isIn(0, 1);
        assertThat(scenario.sandbox().requests().writes()).isZero();

        CliRun listed = run("upgrades");
        assertThat(listed.exitCode()).isZero();
        String queued = requestLine(listed, UPGRADE_TITLE);
        assertThat(queued).contains("pending", unit.toString(), "Village Fiber 1G");
        String queuedId = queued.split("\\s+")[0];
        assertThat(run("upgrades", "approve", "99").exitCode()).isEqualTo(2);

        CliRun approved = run("upgrades", "approve", queuedId);

        assertThat(approved.exitCode()).as(approved.err()).isIn(0, 1);
        assertThat(scenario.world().maintenance(request.uid()).status()).isEqualTo("Resolved");
        assertThat(servicePlan(unit)).isEqualTo("Village Fiber 1G");
        assertThat(scenario.world().invoices(unit).stream()
                        .filter(invoice -> invoice.item().equals("Village Fiber 1G add-on")))
                .hasSize(1);
        assertThat(run("upgrades", "approve", queuedId).exitCode()).isEqualTo(2);

        String second = scenario.world().openTicket(unit, "Please switch us to 2G", "Our internet should be faster.");
        assertThat(sync().exitCode()).isIn(0, 1);
        String line = requestLine(run("upgrades"), "Please switch us to 2G");
        assertThat(line).contains("pending", "Village Fiber 2G");
        String id = line.split("\\s+")[0];
        CliRun rejected = run("upgrades", "reject", id, "--reason", "2G needs new wiring in this building");

        assertThat(rejected.exitCode()).as(rejected.err()).isIn(0, 1);
        assertThat(scenario.world().maintenance(second).status()).isEqualTo("Resolved");
        assertThat(scenario.world().maintenance(second).comments())
                .singleElement()
                .asString()
                .contains("not approved", "2G needs new wiring");
        assertThat(servicePlan(unit)).isEqualTo("Village Fiber 1G");
        scenario.sandbox().requests().reset();
        assertThat(sync().exitCode()).isIn(0, 1);
        assertThat(scenario.sandbox().requests().writes()).isZero();
    }

    private static String requestLine(CliRun listing, String title) {
        return listing.out()
                .lines()
                .filter(text -> text.contains(title))
                .findFirst()
                .orElseThrow();
    }

    private String servicePlan(UnitKey unit) {
        return scenario.world().crmServices().stream()
                .filter(found -> unit.toString().equals(found.attributes().get("vicvilUnit")))
                .filter(found -> found.status() != 2)
                .findFirst()
                .orElseThrow()
                .servicePlanName();
    }

    @Test
    void anEmptyTicketPageIsAnUpstreamFailureThatChangesNoStatus() {
        assertThat(sync().exitCode()).isIn(0, 1);
        World.MaintenanceView wifi = internetRequest();
        scenario.world().setCrmTicketStatus(crmTicketsOf(wifi.uid()).get(0).id(), 3);
        scenario.sandbox().faults().on("/openapi/v2/maintenances").emptyPage(1);
        scenario.sandbox().requests().reset();

        CliRun run = sync();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(75);
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(scenario.world().maintenance(wifi.uid()).status()).isNotEqualTo("Resolved");
    }

    @Test
    void dryRunWritesNothingAnywhere() throws Exception {
        Path store = SandboxFiles.stateFile(scenario.dir());
        byte[] before = Files.readAllBytes(store);
        long modified = Files.getLastModifiedTime(store).toMillis();

        CliRun dry = sync("--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isIn(0, 1);
        assertThat(dry.out()).contains("forward-ticket", "change-plan", "create-addon-invoice");
        assertThat(dry.err()).contains("dry run, nothing written");
        assertThat(scenario.sandbox().requests().writes()).isZero();
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(store).toMillis()).isEqualTo(modified);
        assertThat(scenario.world().crmTickets().stream().filter(ticket -> !ticket.outside()))
                .isEmpty();
        assertThat(scenario.world().maintenances())
                .noneMatch(ticket -> !ticket.comments().isEmpty());
    }
}
