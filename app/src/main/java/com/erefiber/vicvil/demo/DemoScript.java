package com.erefiber.vicvil.demo;

import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.sandbox.Sandbox;
import com.erefiber.vicvil.sandbox.SandboxFiles;
import com.erefiber.vicvil.sandbox.World;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The whole cycle against the sandbox, in-process: each step runs a real vicvil command line and checks
 * its outcome in the fake Innago and UISP. A step whose outcome differs from the script's fails the demo.
 */
public final class DemoScript {
    private final Sandbox sandbox;
    private final World world;
    private final SandboxFiles files;
    private final Console console;
    private final Vicvil vicvil;
    private final List<String> failures = new ArrayList<>();
    private static final int SUSPENDED = 3;
    private static final int TICKET_OPEN = 1;
    private static final int TICKET_SOLVED = 3;

    /** How the demo runs a vicvil command in-process (the command line is the caller's: demo sits below it). */
    @FunctionalInterface
    public interface Vicvil {
        /** Runs {@code args} with {@code out}/{@code err} as its streams and {@code clock} as its time; returns the exit code. */
        int run(PrintWriter out, PrintWriter err, Clock clock, String... args);
    }

    public DemoScript(Sandbox sandbox, Path dir, Console console, Vicvil vicvil) throws IOException {
        this.sandbox = sandbox;
        this.world = sandbox.world();
        this.files = sandbox.writeConfig(dir);
        this.console = console;
        this.vicvil = vicvil;
    }

    /** One vicvil run: its exit code and what it printed. */
    private record Run(int exitCode, String out, String err) {}

    /** Runs the script; returns the failed steps (empty when every outcome was as expected). */
    public List<String> run() {
        step("doctor: config, inventory and both APIs check out", () -> {
            Run doctor = vicvil("doctor");
            return expect(doctor.exitCode() == 0, "exit 0, got " + doctor.exitCode() + ": " + doctor.out());
        });
        step("sync-leases --dry-run: a plan, and not one write", () -> {
            sandbox.requests().reset();
            Run dry = vicvil("sync-leases", "--dry-run");
            long writes = writes();
            return expect(
                    dry.exitCode() == 0 && writes == 0 && dry.out().contains("create-service"),
                    "exit 0 with a plan and 0 writes, got exit " + dry.exitCode() + " and " + writes + " writes");
        });
        step("sync-leases: every let unit gets a client and a service", () -> {
            Run sync = vicvil("sync-leases");
            long provisioned = world.crmServices().stream()
                    .filter(service -> service.attributes().containsKey(VicvilAttributes.UNIT))
                    .count();
            int let = world.occupiedUnits().size();
            return expect(
                    sync.exitCode() == 0 && provisioned >= let,
                    "exit 0 and at least " + let + " services, got exit " + sync.exitCode() + " and " + provisioned);
        });
        step("sync-leases again: nothing changed upstream, so no write", () -> {
            sandbox.requests().reset();
            Run again = vicvil("sync-leases");
            long writes = writes();
            return expect(again.exitCode() == 0 && writes == 0, "0 writes, got " + writes);
        });
        step("rename-onus: every ONU named by its apartment, in its unit's site", () -> {
            Run rename = vicvil("rename-onus");
            long named = world.units().stream()
                    .filter(unit -> world.onuOf(unit).name().equals(unit.slug()))
                    .count();
            return expect(
                    rename.exitCode() == 0 && named == world.units().size(),
                    world.units().size() + " ONUs named, got " + named + " (exit " + rename.exitCode() + ")");
        });
        UnitKey unit = world.units().stream()
                .filter(key -> world.currentLease(key).isPresent()
                        && world.leases(key).stream()
                                .noneMatch(lease -> lease.start().isAfter(world.today())))
                .findFirst()
                .orElseThrow();
        step("move-out of " + unit + ": service ended, ONU disabled", () -> {
            long service = serviceOf(unit).orElseThrow();
            world.moveOut(unit, world.today());
            world.advance(Duration.ofDays(2));
            Run sync = vicvil("sync-leases");
            return expect(
                    sync.exitCode() == 0
                            && world.crmService(service).status() == 2
                            && !world.onuOf(unit).enabled(),
                    "ended and disabled, got service status "
                            + world.crmService(service).status() + ", ONU enabled "
                            + world.onuOf(unit).enabled());
        });
        step("move-in to " + unit + ": a new client and service, ONU enabled", () -> {
            world.moveIn(
                    unit,
                    List.of(new World.TenantSpec("Dana", "Demo", "dana.demo@example.test", "555-0199")),
                    world.today(),
                    null);
            Run sync = vicvil("sync-leases");
            return expect(
                    sync.exitCode() == 0
                            && serviceOf(unit).isPresent()
                            && world.onuOf(unit).enabled(),
                    "an active service and an enabled ONU, got exit " + sync.exitCode());
        });
        step("check-rent --dry-run --as-of the 6th: rent day's preview names every late payer, writes nothing", () -> {
            sandbox.requests().reset();
            String sixth = YearMonth.from(world.today()).atDay(6) + "T08:00";
            Run dry = vicvil("check-rent", "--dry-run", "--as-of", sixth);
            Set<UnitKey> late = lateWithService();
            boolean named = late.stream().allMatch(key -> dry.out().contains(key.toString()));
            return expect(
                    dry.exitCode() == 0 && writes() == 0 && named && !late.isEmpty(),
                    "exit 0, 0 writes and the late payers " + late + " in the plan; got exit " + dry.exitCode() + ", "
                            + writes() + " writes");
        });
        step("check-rent: the late payers, and only they, are suspended and their ONUs disabled", () -> {
            Set<UnitKey> late = lateWithService();
            Run rent = vicvil("check-rent");
            Set<UnitKey> suspended = unitsWithServiceStatus(SUSPENDED);
            boolean cut = late.stream().allMatch(key -> !world.onuOf(key).enabled());
            return expect(
                    rent.exitCode() == 0 && suspended.equals(late) && cut,
                    late + " suspended with their ONUs off; got exit " + rent.exitCode() + ", suspended " + suspended);
        });
        step("a late payer pays: the next check-rent restores the service and the ONU", () -> {
            UnitKey payer = unitsWithServiceStatus(SUSPENDED).stream()
                    .sorted()
                    .findFirst()
                    .orElseThrow();
            world.payRent(payer, YearMonth.from(world.today()));
            Run rent = vicvil("check-rent");
            return expect(
                    rent.exitCode() == 0
                            && !unitsWithServiceStatus(SUSPENDED).contains(payer)
                            && world.onuOf(payer).enabled(),
                    payer + " active with its ONU on; got exit " + rent.exitCode());
        });
        step("sync-leases after check-rent: no suspended unit is re-activated", () -> {
            Set<UnitKey> before = unitsWithServiceStatus(SUSPENDED);
            Run sync = vicvil("sync-leases");
            return expect(
                    sync.exitCode() == 0 && unitsWithServiceStatus(SUSPENDED).equals(before),
                    "still suspended: " + before + "; got exit " + sync.exitCode());
        });
        step("sync-tickets: internet tickets forwarded to UISP, the 1G upgrade applied; again: no write", () -> {
            Run tickets = vicvil("sync-tickets");
            sandbox.requests().reset();
            Run again = vicvil("sync-tickets");
            long writes = writes();
            long forwarded = world.crmTickets().stream()
                    .filter(ticket -> !ticket.outside())
                    .count();
            boolean upgraded = world.maintenances().stream()
                    .filter(ticket -> ticket.title().equals("Internet Upgrade to 1G"))
                    .allMatch(ticket -> ticket.status().equals("Resolved"));
            return expect(
                    tickets.exitCode() == 0 && again.exitCode() == 0 && writes == 0 && forwarded > 0 && upgraded,
                    "tickets in UISP, the upgrade resolved, 0 writes again; got exit " + tickets.exitCode() + "/"
                            + again.exitCode() + ", " + forwarded + " tickets, upgrade resolved " + upgraded + ", "
                            + writes + " writes");
        });
        step("a ticket solved in UISP is resolved in Innago; re-opened in Innago, it re-opens in UISP", () -> {
            World.TicketView ticket = forwardedTicket();
            String innagoUid = world.maintenances().stream()
                    .filter(request -> ticket.comments().stream().anyMatch(text -> text.contains(request.uid())))
                    .map(World.MaintenanceView::uid)
                    .findFirst()
                    .orElseThrow();
            world.setCrmTicketStatus(ticket.id(), TICKET_SOLVED);
            Run solved = vicvil("sync-tickets");
            boolean resolved = world.maintenance(innagoUid).status().equals("Resolved");
            world.reopenTicket(innagoUid);
            Run reopened = vicvil("sync-tickets");
            int uispStatus = world.crmTickets().stream()
                    .filter(each -> each.id() == ticket.id())
                    .findFirst()
                    .orElseThrow()
                    .status();
            return expect(
                    solved.exitCode() == 0 && resolved && reopened.exitCode() == 0 && uispStatus == TICKET_OPEN,
                    "resolved in Innago, then open in UISP; got resolved " + resolved + ", UISP status " + uispStatus);
        });
        step("billing for last month: the complex's bill in the seed's layout, every occupied unit counted", () -> {
            YearMonth last = YearMonth.from(world.today()).minusMonths(1);
            long occupied = world.units().stream()
                    .filter(key -> world.leases(key).stream()
                            .anyMatch(lease -> !lease.start().isAfter(last.atEndOfMonth())
                                    && (lease.end() == null || !lease.end().isBefore(last.atDay(1)))))
                    .count();
            Run bill = vicvil("billing", "--month", last.toString());
            String expected = occupied + " / " + world.units().size();
            return expect(
                    bill.exitCode() == 0
                            && bill.out().contains(expected)
                            && bill.out().contains("TOTAL DUE:"),
                    "exit 0 and \"" + expected + "\" occupied with a TOTAL DUE; got exit " + bill.exitCode() + ": "
                            + bill.out());
        });
        step("status: every unit known in UISP", () -> {
            Run status = vicvil("status");
            return expect(
                    status.exitCode() == 0
                            && status.out().contains(world.units().size() + " known in UISP"),
                    "all " + world.units().size() + " units known, got: " + lastLine(status.out()));
        });
        return List.copyOf(failures);
    }

    private void step(String name, Supplier<Optional<String>> check) {
        Optional<String> problem;
        try {
            problem = check.get();
        } catch (RuntimeException e) {
            problem = Optional.of(e.toString());
        }
        console.out()
                .println((problem.isEmpty() ? "✔ " : "✘ ")
                        + name
                        + problem.map(text -> ": expected " + text).orElse(""));
        console.out().flush();
        problem.ifPresent(text -> failures.add(name));
    }

    private static Optional<String> expect(boolean ok, String expectation) {
        return ok ? Optional.empty() : Optional.of(expectation);
    }

    private Run vicvil(String... args) {
        List<String> all = new ArrayList<>(List.of("-c", files.config().toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = vicvil.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new WorldClock(world),
                all.toArray(String[]::new));
        console.detail("$ vicvil " + String.join(" ", all) + " -> exit " + code + "\n" + err);
        return new Run(code, out.toString(), err.toString());
    }

    /** The units whose current lease has rent due and unpaid (the world's own view) and a vicvil service. */
    private Set<UnitKey> lateWithService() {
        return world.unitsWithUnpaidRent().stream()
                .filter(key -> serviceOf(key).isPresent()
                        || unitsWithServiceStatus(SUSPENDED).contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<UnitKey> unitsWithServiceStatus(int status) {
        return world.crmServices().stream()
                .filter(service -> service.status() == status)
                .map(service -> service.attributes().get(VicvilAttributes.UNIT))
                .filter(Objects::nonNull)
                .map(UnitKey::fromCanonical)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A ticket sync-tickets forwarded for a tenant's internet problem (not the upgrade, which it answered and solved). */
    private World.TicketView forwardedTicket() {
        return world.crmTickets().stream()
                .filter(ticket -> !ticket.outside() && ticket.status() != TICKET_SOLVED)
                .min(Comparator.comparingLong(World.TicketView::id))
                .orElseThrow(() -> new IllegalStateException("no open ticket in UISP"));
    }

    private long writes() {
        return sandbox.requests().writes();
    }

    private Optional<Long> serviceOf(UnitKey unit) {
        return world.crmServices().stream()
                .filter(service -> service.status() == 1
                        && unit.toString().equals(service.attributes().get(VicvilAttributes.UNIT)))
                .map(World.ServiceView::id)
                .max(Long::compare);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }
}
