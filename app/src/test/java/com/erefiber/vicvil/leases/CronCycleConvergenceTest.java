package com.erefiber.vicvil.leases;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.config.ConfigLoader;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.http.HttpTransport;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.sandbox.RequestLog;
import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.sandbox.World;
import com.erefiber.vicvil.testing.CliRun;
import com.erefiber.vicvil.uisp.UispClient;
import com.erefiber.vicvil.uisp.crm.PlanPeriods;
import com.erefiber.vicvil.uisp.crm.model.ClientWrite;
import com.erefiber.vicvil.uisp.crm.model.Contact;
import com.erefiber.vicvil.uisp.crm.model.NewService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §3: one cron cycle (rename-onus, then sync-leases) converges. On the 118-unit sandbox, with its future
 * leases and with clients and services an engineer made by hand before go-live, a cold start's first cycle leaves
 * nothing for the second: the second cycle makes no write at all.
 */
class CronCycleConvergenceTest {
    @TempDir
    Path dir;

    @Test
    void aColdStartConvergesInOneCycleWithFutureLeasesAndHandMadeClients() throws Exception {
        try (Sandbox sandbox = Sandbox.start(11)) {
            World world = sandbox.world();
            SandboxFiles files = sandbox.writeConfig(dir);
            assertThat(world.units().stream().anyMatch(unit -> world.leases(unit).stream()
                            .anyMatch(lease -> lease.start().isAfter(world.today()))))
                    .as("the sandbox has future leases")
                    .isTrue();
            Map<UnitKey, Long> handMade = handMadeHouseholds(world, files, 3);

            List<CliRun> first = cycle(world, files);
            first.forEach(run -> assertThat(run.exitCode()).as(run.err()).isIn(0, 1));
            handMade.forEach((unit, id) -> {
                World.ClientView client = world.crmClient(id);
                assertThat(client.attributes()).as("adopted").containsEntry(VicvilAttributes.UNIT, unit.toString());
                assertThat(client.emails())
                        .as("contacts added in the adopting run")
                        .hasSameSizeAs(world.currentLease(unit).orElseThrow().tenantEmails());
            });

            sandbox.requests().reset();
            List<CliRun> second = cycle(world, files);

            second.forEach(run -> assertThat(run.exitCode()).as(run.err()).isIn(0, 1));
            assertThat(sandbox.requests().writeEntries())
                    .as("writes of the second cycle")
                    .filteredOn(entry -> !entry.path().endsWith("/connect/token"))
                    .extracting(RequestLog.Entry::endpoint)
                    .isEmpty();
        }
    }

    private static List<CliRun> cycle(World world, SandboxFiles files) {
        return List.of(run(world, files, "rename-onus"), run(world, files, "sync-leases"));
    }

    private static CliRun run(World world, SandboxFiles files, String job) {
        return CliRun.run(
                Map.of(),
                Clock.fixed(world.now(), ZoneOffset.UTC),
                "-c",
                files.config().toString(),
                job);
    }

    /**
     * Clients an engineer made by hand for let units before go-live: addressed to the unit, one contact (the first
     * tenant's email), and a service; the lease has more tenants than that, so adoption must add contacts too.
     */
    private static Map<UnitKey, Long> handMadeHouseholds(World world, SandboxFiles files, int count) throws Exception {
        UispClient uisp = new UispClient(
                new HttpTransport(Json.mapper()),
                ConfigLoader.load(files.config(), Map.of(), warning -> {}).uisp());
        long period = PlanPeriods.monthly(uisp.crm().servicePlans(), "Village Fiber 500")
                .id();
        List<UnitKey> units = world.units().stream()
                .filter(unit -> world.currentLease(unit)
                        .map(lease -> lease.tenantEmails().size() > 1)
                        .orElse(false))
                .limit(count)
                .toList();
        Map<UnitKey, Long> clients = new LinkedHashMap<>();
        for (UnitKey unit : units) {
            String email = world.currentLease(unit).orElseThrow().tenantEmails().get(0);
            long client = uisp.crm()
                    .createClient(ClientWrite.builder()
                            .residential("Hand", "Made " + unit.unit())
                            .address(unit.property(), "Apt " + unit.unit(), null, null, null, null)
                            .contacts(List.of(Contact.of("Hand Made", email, null)))
                            .build());
            uisp.crm().createService(client, NewService.builder(period).build());
            clients.put(unit, client);
        }
        assertThat(clients).hasSize(count);
        return clients;
    }
}
