package com.erefiber.vicvil.doctor;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.world.Buildings;
import com.erefiber.vicvil.core.world.LeaseReader;
import com.erefiber.vicvil.innago.InnagoClient;
import com.erefiber.vicvil.inventory.Inventory;
import com.erefiber.vicvil.mail.WelcomeEmail;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.uisp.crm.PlanPeriods;
import com.erefiber.vicvil.uisp.crm.model.ServicePlan;
import com.erefiber.vicvil.uisp.nms.model.Site;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The checks of {@code vicvil doctor}, in order: config, inventory, state store, Innago (a fresh token, the lease-list
 * mode), UISP CRM (the packages' plans), UISP NMS (the parent site), email (template, SMTP). Each server is asked
 * once: a person wants to know whether it answers now.
 */
public final class Doctor {
    private static final int SMTP_CONNECT_MILLIS = 5_000;

    private Doctor() {}

    /** Runs every check, handing each result to {@code listener} as it is known; true when all passed. */
    public static boolean run(AppContext context, Consumer<CheckResult> listener) {
        context.singleAttempts();
        Checklist checklist = new Checklist(listener);
        boolean configOk = checklist.run(new Check("config", () -> describe(context.config())));
        boolean inventoryOk =
                checklist.runIf(configOk, "config", new Check("inventory", () -> describe(context.inventory())));
        checklist.runIf(configOk, "config", new Check("state store", () -> describeStore(context)));
        boolean innagoOk = checklist.runIf(configOk, "config", new Check("Innago", () -> describeInnago(context)));
        checklist.runIf(
                innagoOk && inventoryOk,
                "Innago or inventory",
                new Check("Innago leases", () -> describeLeases(context)));
        checklist.runIf(configOk, "config", new Check("UISP CRM", () -> describePlans(context)));
        checklist.runIf(configOk, "config", new Check("UISP NMS", () -> describeParentSite(context)));
        checklist.runIf(configOk, "config", new Check("email", () -> describeEmail(context.config())));
        return checklist.allOk();
    }

    private static String describe(AppConfig config) {
        return config.file() + " (" + config.packages().size() + " packages, default "
                + config.defaultPackage().name() + ", time zone " + config.zone() + ")";
    }

    private static String describe(Inventory inventory) {
        long withOnu = inventory.rows().stream().filter(row -> row.hasOnu()).count();
        return inventory.source() + ": " + inventory.size() + " units in "
                + inventory.buildings().size() + " buildings, " + withOnu + " with an ONU installed";
    }

    /**
     * Mints a token and reads the properties without the token cache: a cached token would hide a wrong client
     * secret until it expires, and /v1/health answers without checking any credential.
     */
    private static String describeInnago(AppContext context) {
        AppConfig.Innago settings = context.config().innago();
        InnagoClient fresh = new InnagoClient(settings, context.transport(), Optional.empty());
        int properties = fresh.properties().size();
        return "client id, secret and API key accepted at " + settings.apiUrl() + "; " + properties
                + " properties visible";
    }

    private static String describeLeases(AppContext context) {
        List<String> buildings = Buildings.inScope(context.config(), context.inventory());
        LeaseReader.Result result = new LeaseReader(context.innago()).read(buildings);
        String how = result.ownerListSufficed()
                ? "the owner-wide lease list covers all " + buildings.size() + " buildings (one paged list per run)"
                : "the owner-wide lease list misses " + result.readPerBuilding().size() + " of " + buildings.size()
                        + " buildings, read one by one: " + String.join(", ", result.readPerBuilding());
        return result.leases().size() + " leases; " + how;
    }

    private static String describePlans(AppContext context) {
        List<ServicePlan> plans = context.uisp().crm().servicePlans();
        List<String> found = new ArrayList<>();
        for (AppConfig.Package pack : context.config().packages()) {
            ServicePlan.Period period = PlanPeriods.monthly(plans, pack.uispPlan());
            found.add(pack.uispPlan() + " (period " + period.id() + ")");
        }
        return "app key accepted; plans with an enabled 1-month period: " + String.join(", ", found);
    }

    private static String describeParentSite(AppContext context) {
        String parentId = context.config().uisp().parentSiteId();
        Site parent = context.uisp().nms().sites(null).stream()
                .filter(site -> parentId.equals(site.id()))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("token accepted, but no site has uisp.parent_site_id " + parentId));
        int onus = context.uisp().nms().onus().size();
        return "token accepted; parent site \"" + parent.identification().name() + "\" found; " + onus
                + " ONUs visible";
    }

    private static String describeEmail(AppConfig config) throws IOException {
        if (config.email().isEmpty()) {
            return "not configured: no welcome emails";
        }
        AppConfig.Email email = config.email().get();
        // A bad template must show here, not at the first move-in.
        WelcomeEmail.load(email.welcomeTemplate(), config.packages());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(email.smtpHost(), email.smtpPort()), SMTP_CONNECT_MILLIS);
        } catch (IOException e) {
            throw new IOException(
                    "welcome template fine, but SMTP " + email.smtpHost() + ":" + email.smtpPort() + " is unreachable ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
        return "welcome template fine; SMTP " + email.smtpHost() + ":" + email.smtpPort() + " answers; welcome"
                + " emails for leases from " + email.welcomeSince();
    }

    private static String describeStore(AppContext context) throws Exception {
        Path file = context.config().statePath();
        Optional<StateStore> store = context.existingStore();
        if (store.isEmpty()) {
            // doctor reads only: say where the first run will create it, and that it can.
            Path folder = file.toAbsolutePath().getParent();
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !Files.isWritable(existing)) {
                throw new IllegalStateException(file + " does not exist and " + existing + " is not writable");
            }
            return file + " not created yet; the first job run creates it";
        }
        // doctor only reads: an older schema is upgraded by the next job run, not here.
        return file + " (schema version " + store.get().schemaVersion() + ")"
                + (store.get().isCurrent() ? "" : "; " + store.get().olderSchemaNote());
    }
}
