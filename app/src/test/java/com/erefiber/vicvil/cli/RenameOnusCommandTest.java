package com.erefiber.vicvil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.sandbox.RequestLog;
import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.sandbox.World;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.store.UnitRecord;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.uisp.UispClient;
import com.erefiber.vicvil.uisp.crm.PlanPeriods;
import com.erefiber.vicvil.uisp.crm.model.AttributeValue;
import com.erefiber.vicvil.uisp.crm.model.ClientWrite;
import com.erefiber.vicvil.uisp.crm.model.NewService;
import com.erefiber.vicvil.uisp.nms.model.Site;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rename-onus end to end, in-process against the 118-unit sandbox. */
class RenameOnusCommandTest {
    private static final String SITES = "/nms/api/v2.1/sites";
    private static final UnitKey HARPER_300_1 = new UnitKey("300 S Harper", "1");
    private static final UnitKey HARPER_300_4 = new UnitKey("300 S Harper", "4");
    private static final UnitKey HARPER_350_2 = new UnitKey("350 S Harper", "2");

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private SandboxFiles files;
    private World world;
    private RequestLog requests;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(11);
        files = sandbox.writeConfig(dir);
        world = sandbox.world();
        requests = sandbox.requests();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theFirstRunSitesAuthorizesAndNamesEveryOnuAndTheSecondRunWritesNothing() {
        World.OutsideView outsideBefore = world.outside();

        CliRun first = rename();

        assertThat(first.exitCode()).as(first.err()).isZero();
        Map<String, World.SiteView> unitSites = unitSitesByName();
        assertThat(unitSites).hasSize(118);
        assertThat(unitSites.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        world.units().stream().map(UnitKey::toString).toList());
        assertThat(unitSites.values())
                .allSatisfy(site -> assertThat(site.type()).isEqualTo("endpoint"));
        List<String> onuNames = new ArrayList<>();
        for (UnitKey unit : world.units()) {
            World.DeviceView onu = world.onuOf(unit);
            assertThat(onu.authorized()).as(unit.toString()).isTrue();
            assertThat(onu.siteId())
                    .as(unit.toString())
                    .isEqualTo(unitSites.get(unit.toString()).id());
            assertThat(onu.name()).isEqualTo(unit.slug());
            assertThat(onu.enabled()).isTrue();
            onuNames.add(onu.name());
        }
        assertThat(onuNames).doesNotHaveDuplicates().hasSize(118);
        assertThat(world.outside()).isEqualTo(outsideBefore);
        // ERE's other unassigned ONUs are out of scope: not even reported
        assertThat(first.err()).doesNotContain("claimed by no inventory row");
        assertThat(requests.countsByEndpoint())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "GET /nms/api/v2.1/devices",
                        1L,
                        "GET " + SITES,
                        1L,
                        "GET /crm/api/v1.0/clients/services",
                        1L,
                        "POST " + SITES,
                        118L,
                        "POST /nms/api/v2.1/devices/authorize",
                        118L,
                        "PUT /nms/api/v2.1/devices/onus/{id}/system",
                        118L));
        List<UnitRecord> stored = StateStore.open(dir.resolve("vicvil.db"), Clock.systemUTC())
                .units()
                .list();
        assertThat(stored).hasSize(118).allSatisfy(record -> {
            World.DeviceView onu = world.onuOf(record.unit());
            assertThat(record.ids().nmsDeviceId()).contains(onu.id());
            assertThat(record.ids().nmsSiteId()).contains(onu.siteId());
            // the inventory keeps serials upper-cased; NMS may show them in any case
            assertThat(record.ids().onuSerial())
                    .hasValueSatisfying(serial -> assertThat(serial).isEqualToIgnoringCase(onu.serialNumber()));
        });

        requests.reset();
        CliRun second = rename();

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(requests.writes()).isZero();
        assertThat(requests.size()).isEqualTo(3);
        assertThat(second.err()).contains("nothing to do (118 units checked)");
    }

    @Test
    void aDryRunPrintsThePlanAndWritesNothingAnywhere() throws Exception {
        CliRun dry = rename("--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(requests.writes()).isZero();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("config.yaml", "onus.csv", "sandbox.env");
        }
        List<String> lines = dry.out().lines().toList();
        assertThat(lines).filteredOn(line -> line.contains("create-site")).hasSize(118);
        assertThat(lines).filteredOn(line -> line.contains("authorize-onu")).hasSize(118);
        assertThat(lines).filteredOn(line -> line.contains("rename-onu")).hasSize(118);
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("300 S Harper #4")
                .contains("rename-onu")
                .contains("not '300-s-harper-4'"));
    }

    @Test
    void onusInstalledOverTimeAreTakenInAndAnOnuNoRowClaimsIsReported() throws Exception {
        World.DeviceView onu = world.onuOf(HARPER_300_4);
        editRow(HARPER_300_4, fields -> blankOnu(fields));

        CliRun notInstalled = rename();

        assertThat(notInstalled.exitCode()).as(notInstalled.err()).isZero();
        assertThat(notInstalled.err())
                .contains("300 S Harper #4  no ONU serial or MAC in the inventory yet")
                .contains("1 unit has no ONU installed yet");
        assertThat(unitSitesByName()).hasSize(118).containsKey("300 S Harper #4");
        assertThat(world.onuOf(HARPER_300_4)).isEqualTo(onu);

        editRow(HARPER_300_4, fields -> withOnu(fields, onu));
        requests.reset();
        CliRun installed = rename();

        assertThat(installed.exitCode()).as(installed.err()).isZero();
        assertThat(requests.writeEntries())
                .extracting(RequestLog.Entry::endpoint)
                .containsExactlyInAnyOrder(
                        "POST /nms/api/v2.1/devices/authorize", "PUT /nms/api/v2.1/devices/onus/{id}/system");
        assertThat(world.onuOf(HARPER_300_4).siteId())
                .isEqualTo(unitSitesByName().get("300 S Harper #4").id());
        assertThat(world.onuOf(HARPER_300_4).name()).isEqualTo("300-s-harper-4");

        editRow(HARPER_300_4, fields -> blankOnu(fields));
        requests.reset();
        CliRun unclaimed = rename();

        assertThat(unclaimed.exitCode()).isEqualTo(1);
        assertThat(requests.writes()).isZero();
        assertThat(unclaimed.err())
                .contains("attention: DATA  ONU " + onu.id() + " '300-s-harper-4' (serial " + onu.serialNumber() + ")")
                .contains("is claimed by no inventory row");
    }

    @Test
    void aSiteThatAlreadyExistsIsUsedAndTheUnitsTaggedServicesAreBoundToTheirSites() {
        UispClient uisp = uisp();
        String handMade = uisp.nms()
                .createEndpointSite(
                        "350 S Harper #2", world.parentSiteId(), new Site.Location(39.458, -82.232), "made by hand")
                .id();
        long tag = uisp.crm().createCustomAttribute("Vicvil Unit", "service").id();
        long period = PlanPeriods.monthly(uisp.crm().servicePlans(), "Village Fiber 500")
                .id();
        long existingSiteService = taggedService(uisp, tag, period, HARPER_350_2);
        long newSiteService = taggedService(uisp, tag, period, HARPER_300_1);
        requests.reset();

        CliRun run = rename();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(world.sites())
                .filteredOn(site -> site.name().equals("350 S Harper #2"))
                .singleElement()
                .extracting(World.SiteView::id)
                .isEqualTo(handMade);
        assertThat(world.onuOf(HARPER_350_2).siteId()).isEqualTo(handMade);
        assertThat(requests.count("POST " + SITES)).isEqualTo(117);
        assertThat(world.crmService(existingSiteService).unmsClientSiteId()).isEqualTo(handMade);
        assertThat(world.crmService(newSiteService).unmsClientSiteId())
                .isEqualTo(unitSitesByName().get("300 S Harper #1").id());
        assertThat(requests.count("PATCH /crm/api/v1.0/clients/services/{id}/unmsclientsite/bind"))
                .isEqualTo(2);
    }

    @Test
    void aFailedActionSkipsTheRestOfItsUnitExitsOneAndTheNextRunFinishesWithoutDuplicates() {
        sandbox.faults().on("/nms/api/v2.1/devices/authorize").failNext(1, 400);

        CliRun failed = rename();

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err())
                .containsPattern("error: \\d+ S Harper #\\d+: authorize-onu failed")
                .contains("352 done, 1 failed, 1 skipped");
        assertThat(world.units().stream().filter(unit -> world.onuOf(unit).siteId() == null))
                .hasSize(1);

        requests.reset();
        CliRun again = rename();

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(requests.writeEntries())
                .extracting(RequestLog.Entry::endpoint)
                .containsExactlyInAnyOrder(
                        "POST /nms/api/v2.1/devices/authorize", "PUT /nms/api/v2.1/devices/onus/{id}/system");
        assertThat(unitSitesByName()).hasSize(118);
        assertThat(world.units())
                .allSatisfy(unit -> assertThat(world.onuOf(unit).siteId()).isNotNull());
    }

    @Test
    void anInventorySerialOfAnotherSubscribersOnuIsReportedAndThatOnuLeftAlone() throws Exception {
        World.DeviceView elsewhere = world.outside().devices().stream()
                .filter(device -> device.type().equals("onu") && device.siteId() != null)
                .findFirst()
                .orElseThrow();
        World.OutsideView outsideBefore = world.outside();
        editRow(HARPER_300_4, fields -> withOnu(fields, elsewhere));

        CliRun run = rename();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(world.outside()).isEqualTo(outsideBefore);
        assertThat(run.err())
                .contains("attention: DATA  300 S Harper #4  ONU " + elsewhere.id() + " (serial "
                        + elsewhere.serialNumber() + ") is in site '"
                        + world.site(elsewhere.siteId()).name()
                        + "', outside the complex's parent site: left alone");
        assertThat(world.onuOf(HARPER_300_4).siteId()).isNull();
    }

    @Test
    void aNameTwoUnitsWouldShareRefusesTheRunBeforeAnyWrite() throws Exception {
        editRow(HARPER_300_1, fields -> with(fields, 0, ""));
        editRow(new UnitKey("300 S Harper", "2"), fields -> with(fields, 0, "300-S-Harper-1"));

        CliRun refused = rename();

        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(requests.writes()).isZero();
        assertThat(refused.err())
                .contains("rename-onus refused, nothing written: ONU name '300-s-harper-1' for "
                        + "300 S Harper #1, 300 S Harper #2");
        assertThat(refused.out()).contains("REFUSED: ");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private CliRun rename(String... flags) {
        List<String> args = new ArrayList<>(List.of("-c", files.config().toString(), "rename-onus"));
        args.addAll(List.of(flags));
        return CliRun.run(Map.of(), Clock.systemUTC(), args.toArray(String[]::new));
    }

    /** The endpoint sites under the complex's parent site, by name. */
    private Map<String, World.SiteView> unitSitesByName() {
        return world.sites().stream()
                .filter(site -> world.parentSiteId().equals(site.parentId()))
                .collect(Collectors.toMap(World.SiteView::name, Function.identity()));
    }

    /** vicvil's own UISP client on the sandbox config, to set the scene as an operator would by hand. */
    private UispClient uisp() {
        Console quiet = new Console(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true, false, false);
        return new AppContext(Map.of(), Clock.systemUTC(), files.config(), null, quiet).uisp();
    }

    private static long taggedService(UispClient uisp, long tag, long period, UnitKey unit) {
        long client = uisp.crm()
                .createClient(
                        ClientWrite.builder().residential("Ada", "Lovelace").build());
        return uisp.crm()
                .createService(
                        client,
                        NewService.builder(period)
                                .attributes(List.of(new AttributeValue(tag, unit.toString())))
                                .build());
    }

    /** Rewrites the unit's inventory line (columns: onu_name, serial_number, mac_address, property, unit, …). */
    private void editRow(UnitKey unit, UnaryOperator<String[]> change) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(files.inventory()));
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            if (new UnitKey(fields[3], fields[4]).equals(unit)) {
                lines.set(i, String.join(",", change.apply(fields)));
            }
        }
        Files.write(files.inventory(), lines);
    }

    private static String[] blankOnu(String[] fields) {
        return with(with(fields, 1, ""), 2, "");
    }

    private static String[] withOnu(String[] fields, World.DeviceView onu) {
        return with(with(fields, 1, onu.serialNumber()), 2, onu.mac());
    }

    private static String[] with(String[] fields, int column, String value) {
        String[] changed = fields.clone();
        changed[column] = value;
        return changed;
    }
}
