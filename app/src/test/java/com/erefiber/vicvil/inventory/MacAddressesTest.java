package com.erefiber.vicvil.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressesTest {
    @ParameterizedTest
    @ValueSource(
            strings = {"aa:bb:cc:0d:ee:ff", "AA-BB-CC-0D-EE-FF", "aabb.cc0d.eeff", "AABBCC0DEEFF", " aa:BB:cc:0d:ee:ff "
            })
    void acceptsTheUsualSpellingsAsLowerCaseColonForm(String text) {
        assertThat(MacAddresses.normalize(text)).contains("aa:bb:cc:0d:ee:ff");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "aa:bb:cc:dd:ee",
                "aa:bb:cc:dd:ee:ff:00",
                "aa:bb-cc:dd:ee:ff",
                "gg:bb:cc:dd:ee:ff",
                "aabbccddeef",
                "aabb.ccdd.eef",
                "a:b:c:d:e:f",
                "aa bb cc dd ee ff"
            })
    void rejectsAnythingElse(String text) {
        assertThat(MacAddresses.normalize(text)).isEmpty();
    }
}
