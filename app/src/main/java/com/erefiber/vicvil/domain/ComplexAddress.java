package com.erefiber.vicvil.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a street address names the complex as a whole: one of its buildings ({@code 300 S Harper St}) or its
 * own street line (config {@code complex.address}, {@code S Harper Street, Nelsonville, OH}), compared word by
 * word as {@link UnitIndex} compares. A house elsewhere on the same street has a number no building has.
 */
public final class ComplexAddress {
    private final Set<String> places;

    private ComplexAddress(Set<String> places) {
        this.places = places;
    }

    /** The complex at {@code address} with the buildings of {@code units}. */
    public static ComplexAddress of(String address, Collection<UnitKey> units) {
        Set<String> places = Stream.concat(
                        Stream.of(streetLine(address)), units.stream().map(UnitKey::property))
                .map(UnitIndex::words)
                .filter(words -> !words.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new ComplexAddress(places);
    }

    /** Whether {@code street1} or {@code street2} (its street line, before any comma) names the complex. */
    public boolean names(Optional<String> street1, Optional<String> street2) {
        return Stream.of(street1, street2)
                .flatMap(Optional::stream)
                .anyMatch(street -> places.contains(UnitIndex.words(streetLine(street))));
    }

    /** "S Harper Street" of "S Harper Street, Nelsonville, OH 45764". */
    private static String streetLine(String address) {
        int comma = address.indexOf(',');
        return comma < 0 ? address : address.substring(0, comma);
    }
}
