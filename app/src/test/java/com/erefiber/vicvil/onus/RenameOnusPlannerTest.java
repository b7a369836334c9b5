package com.erefiber.vicvil.onus;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.core.plan.ActionKind;
import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.plan.PlannedAction;
import com.erefiber.vicvil.core.plan.SiteRef;
import com.erefiber.vicvil.core.world.NmsSite;
import com.erefiber.vicvil.core.world.SiteActions;
import com.erefiber.vicvil.core.world.SiteActions.BindServiceSite;
import com.erefiber.vicvil.core.world.SiteActions.CreateSite;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.onus.OnuActions.AuthorizeOnu;
import com.erefiber.vicvil.onus.OnuActions.RenameOnu;
import com.erefiber.vicvil.onus.RenameOnusInput.InventoryRow;
import com.erefiber.vicvil.onus.RenameOnusInput.NmsDevice;
import com.erefiber.vicvil.onus.RenameOnusInput.ServiceSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenameOnusPlannerTest {

    private static final String TEMPLATE = "{property_slug}-{unit}";
    private static final String PARENT = "parent-site";
    private static final UnitKey FOUR = new UnitKey("300 S Harper", "4");
    private static final UnitKey OTHER_FOUR = new UnitKey("250 S Harper", "4");

    private final List<InventoryRow> rows = new ArrayList<>();
    private final List<NmsDevice> devices = new ArrayList<>();
    private final List<NmsSite> sites = new ArrayList<>();
    private final List<ServiceSite> services = new ArrayList<>();
    private String template = TEMPLATE;

    private static InventoryRow row(UnitKey unit, String serial) {
        return new InventoryRow(unit, Optional.empty(), Optional.ofNullable(serial), Optional.empty());
    }

    private static NmsDevice device(String id, String serial, String name, String siteId, boolean enabled) {
        return new NmsDevice(
                id, Optional.ofNullable(serial), Optional.empty(), name, Optional.ofNullable(siteId), enabled);
    }

    private Plan plan() {
        return RenameOnusPlanner.plan(new RenameOnusInput(rows, template, PARENT, devices, sites, services));
    }

    private static List<ActionKind> kinds(Plan plan) {
        return plan.actions().stream().map(PlannedAction::kind).toList();
    }

    private static boolean notices(Plan plan, Notice.Kind kind, String text) {
        return plan.notices().stream()
                .anyMatch(notice -> notice.kind() == kind && notice.message().contains(text));
    }

    @Test
    void aNewOnuGetsItsSiteItsAuthorizationItsNameAndItsServiceBound() {
        rows.add(row(FOUR, "UBNT1234"));
        devices.add(device("dev-1", "ubnt1234", "UF-Nano", null, true));
        services.add(new ServiceSite(100, 1, Optional.of("300 S Harper #4"), Optional.empty()));
        Plan plan = plan();

        assertThat(kinds(plan))
                .containsExactly(
                        SiteActions.CREATE_SITE,
                        OnuActions.AUTHORIZE_ONU,
                        OnuActions.RENAME_ONU,
                        SiteActions.BIND_SERVICE_SITE);
        assertThat(plan.actions().get(0))
                .isEqualTo(new CreateSite(FOUR, plan.actions().get(0).reason(), "300 S Harper #4"));
        assertThat(((AuthorizeOnu) plan.actions().get(1)).site()).isEqualTo(new SiteRef(Optional.empty()));
        RenameOnu rename = (RenameOnu) plan.actions().get(2);
        assertThat(rename.name()).isEqualTo("300-s-harper-4");
        assertThat(rename.enabled())
                .as("a rename does not change the enabled state")
                .isTrue();
        assertThat(((BindServiceSite) plan.actions().get(3)).serviceId()).isEqualTo(100);
        assertThat(plan.isRefused()).isFalse();
    }

    @Test
    void theSecondRunWithEverythingInPlaceIsEmpty() {
        rows.add(row(FOUR, "UBNT1234"));
        rows.add(new InventoryRow(
                OTHER_FOUR, Optional.of("vv-250-4"), Optional.empty(), Optional.of("AA:BB:CC:00:11:22")));
        sites.add(new NmsSite("site-4", "300 S Harper #4"));
        sites.add(new NmsSite("site-250-4", "250 S Harper #4"));
        devices.add(device("dev-1", "UBNT1234", "300-s-harper-4", "site-4", false));
        devices.add(new NmsDevice(
                "dev-2", Optional.empty(), Optional.of("aabbcc001122"), "vv-250-4", Optional.of("site-250-4"), true));
        services.add(new ServiceSite(100, 1, Optional.of("300 S Harper #4"), Optional.of("site-4")));
        Plan plan = plan();
        assertThat(plan.actions()).isEmpty();
        assertThat(plan.notices()).isEmpty();
    }

    @Test
    void theRowsOnuNameWinsOverTheTemplate() {
        InventoryRow named = new InventoryRow(FOUR, Optional.of("harper300-apt4"), Optional.of("S1"), Optional.empty());
        assertThat(RenameOnusPlanner.onuName(named, TEMPLATE)).isEqualTo("harper300-apt4");
        assertThat(RenameOnusPlanner.onuName(row(FOUR, "S1"), "VV-{property_slug}-{unit}"))
                .isEqualTo("VV-300-s-harper-4");
    }

    @Test
    void aTemplateGivingTheSameNameInTwoBuildingsIsRefused() {
        template = "ONU-{unit}";
        rows.add(row(FOUR, "S1"));
        rows.add(row(OTHER_FOUR, "S2"));
        devices.add(device("dev-1", "S1", "x", null, true));
        devices.add(device("dev-2", "S2", "y", null, true));
        Plan plan = plan();
        assertThat(plan.refusal()).get().satisfies(refusal -> {
            assertThat(refusal.reason()).contains("ONU name 'onu-4' for 250 S Harper #4, 300 S Harper #4");
            assertThat(refusal.offending())
                    .extracting(PlannedAction::kind)
                    .containsOnly(OnuActions.RENAME_ONU)
                    .hasSize(2);
        });
    }

    @Test
    void oneSerialClaimedByTwoRowsIsRefused() {
        rows.add(row(FOUR, "S1"));
        rows.add(row(OTHER_FOUR, " s1 "));
        assertThat(plan().refusal()).get().satisfies(refusal -> assertThat(refusal.reason())
                .contains("serial 'S1'"));
    }

    @Test
    void aRowWithoutSerialStillGetsItsSiteAndIsReported() {
        rows.add(row(FOUR, null));
        services.add(new ServiceSite(100, 1, Optional.of("300 S Harper #4"), Optional.empty()));
        Plan plan = plan();
        assertThat(kinds(plan)).containsExactly(SiteActions.CREATE_SITE, SiteActions.BIND_SERVICE_SITE);
        assertThat(notices(plan, Notice.Kind.INFO, "no ONU serial")).isTrue();
    }

    @Test
    void anOnuNotInNmsIsReported() {
        rows.add(row(FOUR, "S1"));
        sites.add(new NmsSite("site-4", "300 S Harper #4"));
        Plan plan = plan();
        assertThat(plan.actions()).isEmpty();
        assertThat(notices(plan, Notice.Kind.DATA, "ONU S1 not found in NMS")).isTrue();
    }

    @Test
    void onusNoRowClaimsAreReportedWhenInTheComplexOrUnassigned() {
        rows.add(row(FOUR, "S1"));
        sites.add(new NmsSite("site-4", "300 S Harper #4"));
        devices.add(device("dev-1", "S1", "300-s-harper-4", "site-4", true));
        devices.add(device("dev-loose", "S9", "UF-Nano", null, true));
        devices.add(device("dev-parent", "S8", "spare", PARENT, true));
        devices.add(device("dev-elsewhere", "S7", "customer", "another-town", true));
        Plan plan = plan();
        assertThat(plan.actions()).isEmpty();
        assertThat(plan.notices())
                .extracting(Notice::message)
                .anyMatch(message -> message.contains("dev-loose") && message.contains("no site"))
                .anyMatch(message -> message.contains("dev-parent"))
                .noneMatch(message -> message.contains("dev-elsewhere"));
    }

    @Test
    void anExistingSiteIsRecognisedBySlugOrByAHandWrittenName() {
        rows.add(row(FOUR, null));
        rows.add(row(OTHER_FOUR, null));
        sites.add(new NmsSite("site-4", "300-s-harper-4"));
        sites.add(new NmsSite("site-250-4", "250 South Harper Apt 4"));
        assertThat(plan().actions()).isEmpty();
    }

    @Test
    void severalSitesNamingOneUnitAreReportedAndNoneIsCreatedOrUsed() {
        rows.add(row(FOUR, "S1"));
        sites.add(new NmsSite("site-a", "300-s-harper-4"));
        sites.add(new NmsSite("site-b", "300 S Harper Apt 4"));
        devices.add(device("dev-1", "S1", "300-s-harper-4", null, true));
        Plan plan = plan();
        assertThat(plan.actions()).isEmpty();
        assertThat(notices(plan, Notice.Kind.DATA, "several endpoint sites")).isTrue();
    }

    @Test
    void anOnuInAnotherUnitsSiteIsAuthorizedIntoItsOwn() {
        rows.add(row(FOUR, "S1"));
        rows.add(row(OTHER_FOUR, null));
        sites.add(new NmsSite("site-4", "300 S Harper #4"));
        sites.add(new NmsSite("site-250-4", "250 S Harper #4"));
        devices.add(device("dev-1", "S1", "300-s-harper-4", "site-250-4", true));
        Plan plan = plan();
        assertThat(kinds(plan)).containsExactly(OnuActions.AUTHORIZE_ONU);
        assertThat(((AuthorizeOnu) plan.actions().get(0)).site()).isEqualTo(new SiteRef(Optional.of("site-4")));
    }

    @Test
    void theCurrentServiceIsBoundRatherThanAFutureTenantsOrAnEndedOne() {
        rows.add(row(FOUR, null));
        sites.add(new NmsSite("site-4", "300 S Harper #4"));
        services.add(new ServiceSite(90, 2, Optional.of("300 S Harper #4"), Optional.empty()));
        services.add(new ServiceSite(120, 0, Optional.of("300 S Harper #4"), Optional.empty()));
        services.add(new ServiceSite(110, 1, Optional.of("300 S Harper #4"), Optional.empty()));
        services.add(new ServiceSite(130, 1, Optional.empty(), Optional.empty()));
        Plan plan = plan();
        assertThat(plan.actions()).singleElement().satisfies(action -> {
            assertThat(((BindServiceSite) action).serviceId()).isEqualTo(110);
            assertThat(((BindServiceSite) action).site()).isEqualTo(new SiteRef(Optional.of("site-4")));
        });
    }
}
