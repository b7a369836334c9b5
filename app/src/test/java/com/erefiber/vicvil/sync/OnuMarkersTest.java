package com.erefiber.vicvil.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.uisp.crm.model.Attribute;
import com.erefiber.vicvil.uisp.crm.model.Service;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnuMarkersTest {
    private static final UnitKey UNIT = new UnitKey("300 S Harper", "4");

    private static Service service(long id, String unitTag, String onuOff) {
        List<Attribute> attributes = new ArrayList<>();
        if (unitTag != null) {
            attributes.add(new Attribute(1L, "vicvilUnit", "vicvilUnit", unitTag));
        }
        if (onuOff != null) {
            attributes.add(new Attribute(2L, "vicvilOnuOff", "vicvilOnuOff", onuOff));
        }
        return new Service(id, 9, 2, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, attributes, List.of());
    }

    @Test
    void findsTheDayVicvilDisabledAUnitsOnuAndTheServicesCarryingIt() {
        OnuMarkers markers = OnuMarkers.of(List.of(service(5, UNIT.toString(), "2026-09-02"),
                service(8, UNIT.toString(), null), service(3, "350 S Harper #4", null)), "vicvilUnit", "vicvilOnuOff");

        assertThat(markers.disabledOn()).containsEntry(UNIT, LocalDate.of(2026, 9, 2));
        assertThat(markers.markedServices().get(UNIT)).containsExactly(5L);
        assertThat(markers.latestService()).containsEntry(UNIT, 8L);
    }

    @Test
    void ignoresServicesWithoutVicvilsTagAndMarkersThatAreNotDates() {
        OnuMarkers markers = OnuMarkers.of(List.of(service(5, null, "2026-09-02"),
                service(6, "someone else's text", "2026-09-02"), service(7, UNIT.toString(), "yesterday")),
                "vicvilUnit", "vicvilOnuOff");

        assertThat(markers.disabledOn()).isEmpty();
        assertThat(markers.latestService()).containsOnlyKeys(UNIT);
    }
}
