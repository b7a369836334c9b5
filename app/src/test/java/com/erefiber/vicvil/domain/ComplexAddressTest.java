package com.erefiber.vicvil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplexAddressTest {
    private static final List<UnitKey> UNITS =
            List.of(new UnitKey("300 S Harper", "4"), new UnitKey("250 S Harper", "1"));
    private static final ComplexAddress COMPLEX = ComplexAddress.of("S Harper Street, Nelsonville, OH 45764", UNITS);

    @Test
    void theComplexsOwnStreetLineOrOneOfItsBuildingsNamesIt() {
        assertThat(COMPLEX.names(Optional.of("S Harper St"), Optional.empty())).isTrue();
        assertThat(COMPLEX.names(Optional.of("S. Harper Street, Nelsonville, OH 45764"), Optional.empty()))
                .isTrue();
        assertThat(COMPLEX.names(Optional.of("300 South Harper St"), Optional.of("Nelsonville")))
                .isTrue();
        assertThat(COMPLEX.names(Optional.empty(), Optional.of("250 S Harper"))).isTrue();
    }

    @Test
    void anotherHouseOrStreetDoesNot() {
        assertThat(COMPLEX.names(Optional.of("120 S Harper St"), Optional.empty()))
                .isFalse();
        assertThat(COMPLEX.names(Optional.of("12 Elm St"), Optional.of("Nelsonville")))
                .isFalse();
        assertThat(COMPLEX.names(Optional.empty(), Optional.empty())).isFalse();
    }

    @Test
    void aBlankComplexAddressNamesNothingButTheBuildings() {
        ComplexAddress blank = ComplexAddress.of("", UNITS);
        assertThat(blank.names(Optional.of(""), Optional.of(" "))).isFalse();
        assertThat(blank.names(Optional.of("300 S Harper"), Optional.empty())).isTrue();
    }
}
