package com.erefiber.vicvil.store;

import com.erefiber.vicvil.domain.UnitKey;
import java.util.Optional;

/** A package change asked for in an Innago ticket, as sync-tickets and {@code vicvil upgrades} track it. */
public record UpgradeRequest(
        long id,
        String maintenanceUid,
        UnitKey unit,
        String title,
        String packageName,
        State state,
        Optional<String> reason) {

    /** Where a request stands. */
    public enum State {
        /** Waits for the operator ({@code upgrades.approval: manual}). */
        PENDING,
        /** The operator approved it; the next sync-tickets run applies it. */
        APPROVED,
        /** The operator rejected it; the next sync-tickets run answers the tenant with the reason. */
        REJECTED,
        /** Done: plan changed (or rejection answered) and the ticket resolved. */
        DONE
    }
}
