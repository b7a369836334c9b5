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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
