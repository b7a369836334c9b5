package com.erefiber.vicvil.core.plan;

import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.UnitKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a job would write, and why: ordered actions, notices, and a refusal when a safety guard tripped
 * (then nothing may be applied; the actions say what would have happened).
 */
public record Plan(List<PlannedAction> actions, List<Notice> notices, Optional<Refusal> refusal) {

    /** Why a plan may not be applied, and the actions that tripped the guard. */
    public record Refusal(String reason, List<PlannedAction> offending) {
        public Refusal {
            Objects.requireNonNull(reason, "reason");
            offending = List.copyOf(offending);
        }
    }

    public Plan {
        actions = List.copyOf(actions);
        notices = List.copyOf(notices);
        Objects.requireNonNull(refusal, "refusal");
    }

    /** This plan with {@code earlier} (notices found while reading, before planning) ahead of its own notices. */
    public Plan withEarlierNotices(List<Notice> earlier) {
        if (earlier.isEmpty()) {
            return this;
        }
        List<Notice> all = new ArrayList<>(earlier);
        all.addAll(notices);
        return new Plan(actions, all, refusal);
    }

    /** Nothing to write. */
    public boolean isEmpty() {
        return actions.isEmpty();
    }

    public boolean isRefused() {
        return refusal.isPresent();
    }

    /** Whether a notice needs the operator (a mutating run then exits 1). */
    public boolean needsAttention() {
        return notices.stream().anyMatch(Notice::needsAttention);
    }

    /** The kinds of the plan's actions, each once, in the order they first come. */
    public List<ActionKind> kinds() {
        return actions.stream().map(PlannedAction::kind).distinct().toList();
    }

    /** How many actions are of {@code kind}. */
    public long count(ActionKind kind) {
        return actions.stream().filter(action -> action.kind() == kind).count();
    }

    /** The actions per unit, in plan order; units are independent, so they may be applied concurrently. */
    public Map<UnitKey, List<PlannedAction>> byUnit() {
        Map<UnitKey, List<PlannedAction>> grouped = new LinkedHashMap<>();
        for (PlannedAction action : actions) {
            grouped.computeIfAbsent(action.unit(), unit -> new ArrayList<>()).add(action);
        }
        grouped.replaceAll((unit, unitActions) -> List.copyOf(unitActions));
        return grouped;
    }

    /**
     * The plan as text: one line per action (unit, action label as in the journal, reason, in columns), then the
     * notices, then the refusal if any.
     */
    public String render() {
        StringBuilder text = new StringBuilder();
        if (actions.isEmpty()) {
            text.append("no changes\n");
        }
        int unitWidth = actions.stream()
                .mapToInt(action -> action.unit().toString().length())
                .max()
                .orElse(0);
        int kindWidth = actions.stream()
                .mapToInt(action -> action.kind().label().length())
                .max()
                .orElse(0);
        for (PlannedAction action : actions) {
            text.append(pad(action.unit().toString(), unitWidth))
                    .append("  ")
                    .append(pad(action.kind().label(), kindWidth))
                    .append("  ")
                    .append(action.reason())
                    .append('\n');
        }
        for (Notice notice : notices) {
            text.append("notice: ").append(notice).append('\n');
        }
        refusal.ifPresent(
                refused -> text.append("REFUSED: ").append(refused.reason()).append('\n'));
        return text.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
