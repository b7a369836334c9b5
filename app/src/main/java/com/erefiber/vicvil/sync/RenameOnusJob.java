package com.erefiber.vicvil.sync;

import com.erefiber.vicvil.app.AppContext;
import com.erefiber.vicvil.app.Console;
import com.erefiber.vicvil.app.ExitCodes;
import com.erefiber.vicvil.app.JobRun;
import com.erefiber.vicvil.app.VicvilException;
import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.sync.RenameOnusInput.NmsDevice;
import com.erefiber.vicvil.sync.RenameOnusInput.NmsSite;
import com.erefiber.vicvil.sync.RenameOnusInput.ServiceSite;
import com.erefiber.vicvil.uisp.UispClient;
import com.erefiber.vicvil.uisp.crm.model.Service;
import com.erefiber.vicvil.uisp.nms.model.Device;
import com.erefiber.vicvil.uisp.nms.model.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code vicvil rename-onus}: read (NMS ONUs and sites, live CRM services: one list call each), plan with
 * {@link RenameOnusPlanner}, apply through {@link PlanApplier} and {@link OnuSiteExecutor}. A dry run prints
 * the plan and writes nothing. It looks only at the ONUs of {@link NmsScope}, as sync-leases does.
 */
public final class RenameOnusJob {
    /** The job's name in the journal, the run history and the healthcheck config. */
    public static final String NAME = "rename-onus";
    /** Service statuses that can need a site binding (prepared, active, suspended and their variants). */
    private static final List<Integer> LIVE_SERVICES = List.of(Service.PREPARED, Service.ACTIVE, Service.SUSPENDED,
            Service.PREPARED_BLOCKED, Service.DEFERRED);

    /**
     * Runs the job; a dry run or a refusal prints the plan (JSON when {@code json}); returns its exit code
     * (0 done, 1 attention); a refused plan throws (exit 4).
     */
    public int run(JobRun run, boolean json) {
        AppContext context = run.context();
        Console console = context.console();
        Plan plan = plan(context.config(), context.inventory(), context.uisp());
        if (run.dryRun() || plan.isRefused()) {
            PlanOutput.print(NAME, plan, console, json);
        }
        plan.refusal().ifPresent(refusal -> {
            throw new VicvilException(ExitCodes.REFUSED, NAME + " refused, nothing written: " + refusal.reason());
        });
        if (run.dryRun()) {
            return plan.needsAttention() ? ExitCodes.ATTENTION : ExitCodes.OK;
        }
        NoticeReport.print(plan.notices(), console);
        PlanApplier applier = new PlanApplier(context.store().journal(), run.runId().orElseThrow(), NAME,
                context.config().safety().maxConcurrency(), console);
        PlanApplier.Outcome outcome = applier.apply(plan, new OnuSiteExecutor(context.uisp(), context.config(),
                context.inventory(), context.store().units()));
        outcome.failures().forEach(console::error);
        console.info(NAME + ": " + summary(plan, outcome, context.inventory()));
        return outcome.allDone() && !plan.needsAttention() ? ExitCodes.OK : ExitCodes.ATTENTION;
    }

    /** Reads UISP in bulk and plans; the scope notices found while reading come first in the plan's notices. */
    static Plan plan(AppConfig config, Inventory inventory, UispClient uisp) {
        String parentId = config.uisp().parentSiteId();
        List<Site> sites = uisp.nms().sites(null);
        NmsScope.Selection scope = NmsScope.of(config, sites).select(uisp.nms().onus(), inventory);
        List<Notice> scopeNotices = new ArrayList<>(scope.notices());
        List<NmsDevice> devices = new ArrayList<>();
        for (Device onu : scope.onus()) {
            if (onu.enabled() == null) {
                // renaming sends the enabled state too; guessing it could switch an ONU on or off
                scopeNotices.add(rowOf(onu, inventory).map(claimant -> Notice.data(claimant.unit(), unknownState(onu)))
                        .orElseGet(() -> Notice.general(Notice.Kind.DATA, unknownState(onu))));
            } else {
                devices.add(new NmsDevice(onu.id(), Optional.ofNullable(onu.identification().serialNumber()),
                        Optional.ofNullable(onu.identification().mac()), Optional.ofNullable(onu.identification().name()).orElse(""),
                        onu.siteId(), onu.enabled()));
            }
        }
        List<ServiceSite> services = uisp.crm().services(null, LIVE_SERVICES).stream()
                .map(service -> new ServiceSite(service.id(), service.status(), service.attribute(VicvilAttributes.UNIT),
                        Optional.ofNullable(service.unmsClientSiteId())))
                .toList();
        List<NmsSite> endpointSites = EndpointSites.under(parentId, sites);
        List<RenameOnusInput.InventoryRow> rows = inventory.rows().stream()
                .map(row -> new RenameOnusInput.InventoryRow(row.unit(), row.onuName(), row.serial(), row.mac()))
                .toList();
        Plan plan = RenameOnusPlanner.plan(new RenameOnusInput(rows, config.uisp().onuNameTemplate(), parentId, devices,
                endpointSites, services));
        return plan.withEarlierNotices(scopeNotices);
    }

    /** The inventory row that names this ONU, by serial, else by MAC. */
    private static Optional<InventoryRow> rowOf(Device onu, Inventory inventory) {
        return inventory.findOnu(onu.identification().serialNumber(), onu.identification().mac());
    }

    private static String unknownState(Device onu) {
        return "NMS does not say whether ONU " + NmsScope.label(onu) + " is enabled: not renamed or moved this run";
    }

    /** Notices on stderr: the ones that need the operator as errors (so that cron mails them even with --quiet). */

    /**
     * "118 create-site, 118 authorize-onu, 118 rename-onu: 354 done, 0 failed, 0 skipped", or "nothing to change
     * (118 units checked)", then how many units have no ONU installed yet.
     */
    private static String summary(Plan plan, PlanApplier.Outcome outcome, Inventory inventory) {
        String applied;
        if (plan.isEmpty()) {
            applied = "nothing to change (" + inventory.size() + " units checked)";
        } else {
            applied = Arrays.stream(ActionKind.values()).filter(kind -> plan.count(kind) > 0)
                    .map(kind -> plan.count(kind) + " " + kind.label())
                    .collect(Collectors.joining(", "))
                    + ": " + outcome.done() + " done, " + outcome.failed() + " failed, " + outcome.skipped() + " skipped";
        }
        long notInstalled = inventory.rows().stream().filter(row -> !row.hasOnu()).count();
        return notInstalled == 0 ? applied
                : applied + "; " + notInstalled + (notInstalled == 1 ? " unit has" : " units have") + " no ONU installed yet";
    }
}
