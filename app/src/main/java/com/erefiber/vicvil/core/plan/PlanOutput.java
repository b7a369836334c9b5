package com.erefiber.vicvil.core.plan;

import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.core.JobRun;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prints a plan on stdout (the data stream), the text table or JSON with {@code --json}, and a run's totals line. */
public final class PlanOutput {
    private PlanOutput() {}

    /** One planned write as JSON shows it. */
    record ActionView(String unit, String action, String reason) {}

    /** One notice as JSON shows it ({@code unit} null for complex-wide notices). */
    record NoticeView(String unit, String kind, String message, boolean needsAttention) {}

    /** The whole plan as JSON shows it; {@code refused} is the guard's reason, or null. */
    record PlanView(String job, List<ActionView> actions, List<NoticeView> notices, String refused) {}

    /** Prints {@code plan} of {@code job} as text or JSON. */
    public static void print(String job, Plan plan, Console console, boolean json) {
        if (json) {
            PlanView view = new PlanView(
                    job,
                    plan.actions().stream()
                            .map(action -> new ActionView(
                                    action.unit().toString(), action.kind().label(), action.reason()))
                            .toList(),
                    plan.notices().stream().map(PlanOutput::view).toList(),
                    plan.refusal().map(Plan.Refusal::reason).orElse(null));
            try {
                console.out()
                        .println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(view));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            console.out().print(plan.render());
        }
        console.out().flush();
    }

    /**
     * The plan of {@code run} on stdout: a dry run's always (it is what was asked for), an applied one unless
     * --quiet; with --json always, as JSON.
     */
    public static void printPlan(JobRun run, Plan plan, boolean json) {
        Console console = run.context().console();
        if (run.dryRun() || json || !console.quiet()) {
            print(run.job(), plan, console, json);
        }
    }

    /**
     * The line a run ends with on stderr (hidden by --quiet), the same for a dry run and a real one: "sync-leases:
     * 3 create-client, 3 create-service: 6 done, 0 failed, 0 skipped" after applying ({@code applied}), "…: 6 planned"
     * in a dry run, "sync-leases: nothing to do (118 units checked)" for an empty plan; then {@code note} if any, and
     * a dry run says so last.
     */
    public static void printTotals(
            JobRun run, Plan plan, Optional<PlanApplier.Outcome> applied, int unitsChecked, Optional<String> note) {
        StringBuilder line = new StringBuilder(run.job()).append(": ");
        if (plan.isEmpty()) {
            line.append("nothing to do (")
                    .append(unitsChecked)
                    .append(unitsChecked == 1 ? " unit" : " units")
                    .append(" checked)");
        } else {
            line.append(plan.kinds().stream()
                            .map(kind -> plan.count(kind) + " " + kind.label())
                            .collect(Collectors.joining(", ")))
                    .append(": ")
                    .append(applied.map(outcome -> outcome.done() + " done, " + outcome.failed() + " failed, "
                                    + outcome.skipped() + " skipped")
                            .orElse(plan.actions().size() + " planned"));
        }
        note.ifPresent(text -> line.append("; ").append(text));
        if (run.dryRun()) {
            line.append(" — dry run, nothing written");
        }
        run.context().console().info(line.toString());
    }

    private static NoticeView view(Notice notice) {
        return new NoticeView(
                notice.unit().map(Object::toString).orElse(null),
                notice.kind().name(),
                notice.message(),
                notice.needsAttention());
    }
}
