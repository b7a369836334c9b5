package com.erefiber.vicvil.sandbox;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Victorian Village as it really is: 21 buildings on S Harper Street, 118 apartments (the buildings and
 * unit counts of the operator's inventory, shared/data/onu-inventory.csv), each building its own Innago property.
 */
final class Complex {
    static final String NAME = "Victorian Village";
    static final String ADDRESS = "S Harper St, Nelsonville, OH 45764";
    static final String CITY = "Nelsonville";
    static final String STATE = "Ohio";
    static final String STATE_CODE = "OH";
    static final String ZIP = "45764";
    static final double LATITUDE = 39.458;
    static final double LONGITUDE = -82.232;
    static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** One building: its Innago property name and how many apartments it has (numbered 1..units). */
    record Building(String name, int units) {
        /** The street address Innago shows for the property. */
        String street() {
            return name + " St";
        }

        /** The same building with its house number raised by {@code offset}: "250 S Harper" → "1250 S Harper". */
        Building renumbered(int offset) {
            int space = name.indexOf(' ');
            return new Building((Integer.parseInt(name.substring(0, space)) + offset) + name.substring(space), units);
        }
    }

    static final List<Building> BUILDINGS = List.of(
            new Building("250 S Harper", 3),
            new Building("300 S Harper", 12),
            new Building("350 S Harper", 12),
            new Building("400 S Harper", 12),
            new Building("450 S Harper", 12),
            new Building("500 S Harper", 12),
            new Building("550 S Harper", 3),
            new Building("600 S Harper", 3),
            new Building("650 S Harper", 3),
            new Building("700 S Harper", 4),
            new Building("750 S Harper", 4),
            new Building("775 S Harper", 4),
            new Building("800 S Harper", 3),
            new Building("825 S Harper", 3),
            new Building("850 S Harper", 3),
            new Building("875 S Harper", 3),
            new Building("880 S Harper", 4),
            new Building("885 S Harper", 4),
            new Building("890 S Harper", 4),
            new Building("895 S Harper", 4),
            new Building("900 S Harper", 6));

    /** Numbers the copies of a scaled-up sandbox apart; above every real building's number. */
    private static final int COPY_OFFSET = 1000;

    private Complex() {}

    /**
     * The buildings of {@code copies} complexes' worth of units: the real ones first, then copies of them
     * further up the street ("1250 S Harper", "2250 S Harper", …), for load and memory tests at scale.
     */
    static List<Building> buildings(int copies) {
        List<Building> buildings = new ArrayList<>(BUILDINGS.size() * copies);
        for (int copy = 0; copy < copies; copy++) {
            for (Building building : BUILDINGS) {
                buildings.add(building.renumbered(copy * COPY_OFFSET));
            }
        }
        return List.copyOf(buildings);
    }
}
