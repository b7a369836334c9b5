package com.erefiber.vicvil.tickets;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.store.TicketMemoryRepository;
import com.erefiber.vicvil.store.UpgradeRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The operator's side of {@code upgrades.approval: manual} ({@code vicvil upgrades}): the requests as a table, and
 * approving or rejecting a pending one, which the sync-tickets run that follows carries out (plan change, answer,
 * add-on invoice; or the refusal with its reason).
 */
public final class UpgradeQueue {
    private UpgradeQueue() {}

    /** The requests as a table: id, state, unit, package, the request's title (and a rejection's reason). */
    public static String render(List<UpgradeRequest> requests) {
        if (requests.isEmpty()) {
            return "no upgrade requests\n";
        }
        StringBuilder text = new StringBuilder();
        for (UpgradeRequest request : requests) {
            text.append(String.format(
                    Locale.ROOT,
                    "%-5d %-9s %-22s %-20s %s%s%n",
                    request.id(),
                    request.state().name().toLowerCase(Locale.ROOT),
                    request.unit(),
                    request.packageName(),
                    request.title(),
                    request.reason().map(reason -> "  (reason: " + reason + ")").orElse("")));
        }
        return text.toString();
    }

    /**
     * Approves ({@code reason} empty) or rejects a pending request; an unknown id, or a request that is not pending,
     * is a usage error (exit 2) and changes nothing.
     */
    public static UpgradeRequest decide(TicketMemoryRepository memory, long id, Optional<String> reason) {
        UpgradeRequest request = memory.upgrade(id)
                .orElseThrow(() -> new VicvilException(
                        ExitCodes.USAGE, "no upgrade request " + id + " (vicvil upgrades lists them)"));
        if (request.state() != UpgradeRequest.State.PENDING) {
            throw new VicvilException(
                    ExitCodes.USAGE,
                    "upgrade request " + id + " is " + request.state().name().toLowerCase(Locale.ROOT)
                            + ", not pending");
        }
        UpgradeRequest.State next = reason.isPresent() ? UpgradeRequest.State.REJECTED : UpgradeRequest.State.APPROVED;
        memory.decide(id, next, reason);
        return memory.upgrade(id).orElseThrow();
    }
}
