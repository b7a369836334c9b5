package com.erefiber.vicvil.onus;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.JobRun;
import com.erefiber.vicvil.core.JobSkeleton;
import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.world.EndpointSites;
import com.erefiber.vicvil.core.world.NmsScope;
import com.erefiber.vicvil.core.world.NmsSite;
import com.erefiber.vicvil.core.world.ReadAhead;
import com.erefiber.vicvil.core.world.SiteExecutor;
import com.erefiber.vicvil.core.world.UispReads;
import com.erefiber.vicvil.core.world.UispReads.Read;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.ServiceStatus;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.onus.RenameOnusInput.NmsDevice;
import com.erefiber.vicvil.onus.RenameOnusInput.ServiceSite;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.uisp.nms.model.Device;
import com.erefiber.vicvil.uisp.nms.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code vicvil rename-onus}: read (NMS ONUs and sites, live CRM services: one list call each), plan with
 * {@link RenameOnusPlanner}, apply through {@link OnuExecutor} and the shared {@link SiteExecutor}. A dry run prints
 * the plan and writes nothing. It looks only at the ONUs of {@link NmsScope}, as sync-leases does.
 */
public final class RenameOnusJob {
    /** What rename-onus reads whatever it finds: these UISP lists. */
    public static final ReadAhead READS = ReadAhead.uisp(Read.SITES, Read.ONUS, Read.SERVICES);

    /**
     * Runs the job; prints the plan (a dry run's or a refused one always, an applied one unless --quiet; JSON when
     * {@code json}) and the totals line; returns its exit code (0 done, 1 attention); a refused plan throws (exit 4).
     */
    public int run(JobRun run, boolean json) {
        AppContext context = run.context();
        Inventory inventory = context.inventory();
        return JobSkeleton.run(run, json, new JobSkeleton.Steps() {
            @Override
            public Plan plan() {
                return RenameOnusJob.plan(context.config(), inventory, context.uispReads());
            }

            @Override
            public ActionExecutors executors(StateStore store) {
                return new OnuExecutor(context.uisp(), inventory, store.units())
                        .registerOn(new SiteExecutor(context.uisp(), context.config(), store.units())
                                .registerOn(new ActionExecutors()));
            }

            @Override
            public int unitsChecked() {
                return inventory.size();
            }

            @Override
            public Optional<String> note() {
                return notInstalled(inventory);
            }
        });
    }

    /** Reads UISP in bulk and plans; the scope notices found while reading come first in the plan's notices. */
    static Plan plan(AppConfig config, Inventory inventory, UispReads uisp) {
        uisp.prefetch(READS.uisp());
        String parentId = config.uisp().parentSiteId();
        List<Site> sites = uisp.sites();
        NmsScope.Selection scope = uisp.onus();
        List<Notice> scopeNotices = new ArrayList<>(scope.notices());
        List<NmsDevice> devices = new ArrayList<>();
        for (Device onu : scope.onus()) {
            if (onu.enabled() == null) {
                // renaming sends the enabled state too; guessing it could switch an ONU on or off
                scopeNotices.add(rowOf(onu, inventory)
                        .map(claimant -> Notice.data(claimant.unit(), unknownState(onu)))
                        .orElseGet(() -> Notice.general(Notice.Kind.DATA, unknownState(onu))));
            } else {
                devices.add(new NmsDevice(
                        onu.id(),
                        Optional.ofNullable(onu.identification().serialNumber()),
                        Optional.ofNullable(onu.identification().mac()),
                        Optional.ofNullable(onu.identification().name()).orElse(""),
                        onu.siteId(),
                        onu.enabled()));
            }
        }
        List<ServiceSite> services = uisp.services().stream()
                .filter(service -> ServiceStatus.fromUispCode(service.status())
                        .map(ServiceStatus::isLive)
                        .orElse(false))
                .map(service -> new ServiceSite(
                        service.id(),
                        service.status(),
                        service.attribute(VicvilAttributes.UNIT),
                        Optional.ofNullable(service.unmsClientSiteId())))
                .toList();
        List<NmsSite> endpointSites = EndpointSites.under(parentId, sites);
        List<RenameOnusInput.InventoryRow> rows =
                inventory.rows().stream().map(RenameOnusInput.InventoryRow::of).toList();
        Plan plan = RenameOnusPlanner.plan(
                new RenameOnusInput(rows, config.uisp().onuNameTemplate(), parentId, devices, endpointSites, services));
        return plan.withEarlierNotices(scopeNotices);
    }

    /** The inventory row that names this ONU, by serial, else by MAC. */
    private static Optional<InventoryRow> rowOf(Device onu, Inventory inventory) {
        return inventory.findOnu(
                onu.identification().serialNumber(), onu.identification().mac());
    }

    private static String unknownState(Device onu) {
        return "NMS does not say whether ONU " + NmsScope.label(onu) + " is enabled: not renamed or moved this run";
    }

    /** "3 units have no ONU installed yet", for the totals line; empty when every row has its ONU. */
    private static Optional<String> notInstalled(Inventory inventory) {
        long count = inventory.rows().stream().filter(row -> !row.hasOnu()).count();
        return count == 0
                ? Optional.empty()
                : Optional.of(count + (count == 1 ? " unit has" : " units have") + " no ONU installed yet");
    }
}
