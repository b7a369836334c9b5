package com.erefiber.vicvil.status;

import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.world.UnitLeases;
import com.erefiber.vicvil.core.world.UnitPicture;
import com.erefiber.vicvil.core.world.UnitPictures;
import com.erefiber.vicvil.store.LeaseMemory;
import com.erefiber.vicvil.store.StateStore;
import java.time.ZonedDateTime;
import java.util.List;

/** Reads Innago, UISP CRM and NMS in bulk (the shared read model) and finds the drift at an instant. */
public final class LiveDrift {
    private LiveDrift() {}

    /** Every unit's mismatches at {@code at}; the leases vicvil provisioned (store) help find a lease Innago's list lacks. */
    public static List<Drift> read(AppContext context, ZonedDateTime at) {
        return DriftFinder.find(pictures(context, at));
    }

    /** Every unit as Innago and UISP show it now. */
    private static List<UnitPicture> pictures(AppContext context, ZonedDateTime at) {
        LeaseMemory memory = context.existingStore()
                .filter(StateStore::isCurrent)
                .map(store -> store.leaseMemory().load())
                .orElse(LeaseMemory.EMPTY);
        return UnitPictures.of(
                context.config(),
                context.inventory(),
                UnitLeases.read(context.leaseReader(), context.config(), context.inventory(), memory.provisioned()),
                context.uispReads(),
                at);
    }
}
