package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.inventory.Inventory;
import java.util.List;

/** The buildings a run covers: innago.properties when the config lists them, else every building in the inventory. */
public final class Buildings {
    private Buildings() {}

    /** Innago property names (or uids) in scope. */
    public static List<String> inScope(AppConfig config, Inventory inventory) {
        List<String> configured = config.innago().properties();
        return configured.isEmpty() ? inventory.buildings() : configured;
    }
}
