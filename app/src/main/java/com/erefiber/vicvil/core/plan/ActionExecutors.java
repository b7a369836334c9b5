package com.erefiber.vicvil.core.plan;

import java.util.HashMap;
import java.util.Map;

/**
 * The apply step's table: one handler per {@link ActionKind}, registered by the job (and by the shared steps it
 * uses), so that {@link PlanApplier} finds an action's handler by its kind, never through a chain of type tests.
 */
public final class ActionExecutors implements PlanApplier.ActionExecutor {

    /** Carries out one action of a known type; returns a short detail for the journal (e.g. the id created). */
    @FunctionalInterface
    public interface Handler<A extends PlannedAction> {
        String execute(A action, CreatedIds created) throws Exception;
    }

    private record Registered<A extends PlannedAction>(Class<A> type, Handler<A> handler) {
        String execute(PlannedAction action, CreatedIds created) throws Exception {
            return handler.execute(type.cast(action), created);
        }
    }

    private final Map<ActionKind, Registered<?>> byKind = new HashMap<>();

    /** Registers {@code handler} for actions of {@code kind}, which are of {@code type}; a kind is registered once. */
    public <A extends PlannedAction> ActionExecutors on(ActionKind kind, Class<A> type, Handler<A> handler) {
        if (byKind.putIfAbsent(kind, new Registered<>(type, handler)) != null) {
            throw new IllegalStateException(kind + " has a handler already");
        }
        return this;
    }

    @Override
    public String execute(PlannedAction action, CreatedIds created) throws Exception {
        Registered<?> registered = byKind.get(action.kind());
        if (registered == null) {
            throw new IllegalStateException("no handler for " + action.kind());
        }
        return registered.execute(action, created);
    }
}
