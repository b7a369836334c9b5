package com.erefiber.vicvil.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What vicvil itself last wrote for a unit (from the store): the day it suspended the service, when its
 * latest service write was a suspension, and the day it disabled the ONU, when its latest ONU write was a
 * disable. A suspension or disable of vicvil's that is later found undone was undone by hand: vicvil does
 * not redo it for the same cause (the same rent cycle, the same vacancy) and reports drift instead.
 */
public record LastWrites(Optional<LocalDate> suspendedOn, Optional<LocalDate> onuDisabledOn) {

    /** Nothing remembered. */
    public static final LastWrites NONE = new LastWrites(Optional.empty(), Optional.empty());

    public LastWrites {
        Objects.requireNonNull(suspendedOn, "suspendedOn");
        Objects.requireNonNull(onuDisabledOn, "onuDisabledOn");
    }
}
