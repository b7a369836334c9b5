package com.erefiber.vicvil.leases;

import com.erefiber.vicvil.domain.UnitKey;
import java.util.ArrayList;
import java.util.List;

/** The complex's shape: 21 buildings on S Harper, 3 to 12 units each, 118 units (as the operator's inventory). */
final class ComplexFixture {

    private static final int[][] BUILDINGS = {
        {250, 3}, {300, 12}, {350, 12}, {400, 12}, {450, 12}, {500, 12}, {550, 3}, {600, 3}, {650, 3}, {700, 4},
        {750, 4}, {775, 4}, {800, 3}, {825, 3}, {850, 3}, {875, 3}, {880, 4}, {885, 4}, {890, 4}, {895, 4}, {900, 6},
    };

    private ComplexFixture() {}

    /** All 118 units, building by building. */
    static List<UnitKey> units() {
        List<UnitKey> units = new ArrayList<>();
        for (int[] building : BUILDINGS) {
            for (int unit = 1; unit <= building[1]; unit++) {
                units.add(new UnitKey(building[0] + " S Harper", Integer.toString(unit)));
            }
        }
        return units;
    }
}
