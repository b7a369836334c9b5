package com.erefiber.vicvil.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailerTest {

    @Test
    void aBareAddressIsValid() {
        assertThat(Mailer.isValidAddress("wes@example.test")).isTrue();
        assertThat(Mailer.isValidAddress(" wes@example.test ")).isTrue();
    }

    @Test
    void aMalformedAddressOrSeveralInOneFieldAreNot() {
        assertThat(Mailer.isValidAddress("bo chen@example.test")).isFalse();
        assertThat(Mailer.isValidAddress("bo.example.test")).isFalse();
        assertThat(Mailer.isValidAddress("a@example.test, b@example.test")).isFalse();
        assertThat(Mailer.isValidAddress("a@example.test,")).isFalse();
        assertThat(Mailer.isValidAddress("Bo <bo@example.test>")).isFalse();
        assertThat(Mailer.isValidAddress("")).isFalse();
    }
}
