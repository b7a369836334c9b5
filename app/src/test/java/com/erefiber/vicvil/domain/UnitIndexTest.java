package com.erefiber.vicvil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitIndexTest {

    private static final UnitKey FOUR = new UnitKey("300 S Harper", "4");
    private static final UnitKey FOUR_A = new UnitKey("300 S Harper", "4A");
    private static final UnitKey OTHER_FOUR = new UnitKey("250 S Harper", "4");
    private final UnitIndex index = UnitIndex.of(List.of(FOUR, FOUR_A, OTHER_FOUR));

    @Test
    void findsAUnitByItsCanonicalTextOrSlugInAnyCase() {
        assertThat(index.find("300 S Harper #4")).contains(FOUR);
        assertThat(index.find("300-s-harper-4")).contains(FOUR);
        assertThat(index.find("300 s HARPER #4a")).contains(FOUR_A);
    }

    @Test
    void findsAUnitFromAStreetAddressWrittenByHand() {
        assertThat(index.findAddress(Optional.of("300 S. Harper St"), Optional.of("Apt 4")))
                .contains(FOUR);
        assertThat(index.findAddress(Optional.of("300 South Harper Street"), Optional.of("Unit 4")))
                .contains(FOUR);
        assertThat(index.findAddress(Optional.of("anything"), Optional.of("250 S Harper #4")))
                .contains(OTHER_FOUR);
    }

    @Test
    void neverTakesOneUnitForAnother() {
        assertThat(index.find("300 S Harper #44")).isEmpty();
        assertThat(index.find("4")).isEmpty();
        assertThat(index.findAddress(Optional.of("300 S Harper"), Optional.empty()))
                .isEmpty();
        assertThat(index.findAddress(Optional.empty(), Optional.of("Apt 4"))).isEmpty();
    }
}
