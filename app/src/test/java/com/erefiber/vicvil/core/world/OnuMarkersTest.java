package com.erefiber.vicvil.core.world;

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
        return service(id, Service.ACTIVE, unitTag, onuOff);
    }

    private static Service service(long id, int status, String unitTag, String onuOff) {
        List<Attribute> attributes = new ArrayList<>();
        if (unitTag != null) {
            attributes.add(new Attribute(1L, "vicvilUnit", "vicvilUnit", unitTag));
        }
        if (onuOff != null) {
            attributes.add(new Attribute(2L, "vicvilOnuOff", "vicvilOnuOff", onuOff));
        }
        return new Service(
                id,
                9,
                status,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                attributes,
                List.of());
    }

    @Test
    void findsTheDayVicvilDisabledAUnitsOnuAndTheServicesCarryingIt() {
        OnuMarkers markers = OnuMarkers.of(
                List.of(
                        service(5, UNIT.toString(), "2026-09-02"),
                        service(8, UNIT.toString(), null),
                        service(3, "350 S Harper #4", null)),
                "vicvilUnit",
                "vicvilOnuOff");

        assertThat(markers.disabledOn()).containsEntry(UNIT, LocalDate.of(2026, 9, 2));
        assertThat(markers.markedServices().get(UNIT)).containsExactly(5L);
        assertThat(markers.latestService()).containsEntry(UNIT, 8L);
    }

    @Test
    void ignoresServicesWithoutVicvilsTagAndMarkersThatAreNotDates() {
        OnuMarkers markers = OnuMarkers.of(
                List.of(
                        service(5, null, "2026-09-02"),
                        service(6, "someone else's text", "2026-09-02"),
                        service(7, UNIT.toString(), "yesterday")),
                "vicvilUnit",
                "vicvilOnuOff");

        assertThat(markers.disabledOn()).isEmpty();
        assertThat(markers.latestService()).containsOnlyKeys(UNIT);
    }

    @Test
    void aMarkerOnAnEndedServiceCountsUntilALaterServiceStartsAndIsNeverEdited() {
        Service movedOut = service(5, Service.ENDED, UNIT.toString(), "2026-09-02");

        OnuMarkers vacant = OnuMarkers.of(List.of(movedOut), "vicvilUnit", "vicvilOnuOff");
        OnuMarkers signed = OnuMarkers.of(
                List.of(movedOut, service(8, Service.PREPARED, UNIT.toString(), null)), "vicvilUnit", "vicvilOnuOff");
        OnuMarkers movedIn = OnuMarkers.of(
                List.of(movedOut, service(8, Service.ACTIVE, UNIT.toString(), null)), "vicvilUnit", "vicvilOnuOff");

        assertThat(vacant.disabledOn()).containsEntry(UNIT, LocalDate.of(2026, 9, 2));
        assertThat(vacant.markedServices())
                .as("UISP refuses edits to an ended service")
                .isEmpty();
        assertThat(vacant.latestService()).isEmpty();
        assertThat(signed.disabledOn())
                .as("the next household has not started")
                .containsEntry(UNIT, LocalDate.of(2026, 9, 2));
        assertThat(signed.latestService()).containsEntry(UNIT, 8L);
        assertThat(movedIn.disabledOn())
                .as("the next household's service has started")
                .isEmpty();
    }
}
