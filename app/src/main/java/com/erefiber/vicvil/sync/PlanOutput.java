package com.erefiber.vicvil.sync;

import com.erefiber.vicvil.app.Console;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;

/** Prints a plan on stdout (the data stream): the text table, or JSON with {@code --json}. */
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
            PlanView view = new PlanView(job,
                    plan.actions().stream().map(action -> new ActionView(action.unit().toString(),
                            action.kind().label(),
                            action.reason())).toList(),
                    plan.notices().stream().map(PlanOutput::view).toList(),
                    plan.refusal().map(Plan.Refusal::reason).orElse(null));
            try {
                console.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(view));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            console.out().print(plan.render());
        }
        console.out().flush();
    }

    private static NoticeView view(Notice notice) {
        return new NoticeView(notice.unit().map(Object::toString).orElse(null), notice.kind().name(),
                notice.message(), notice.needsAttention());
    }
}
