package com.erefiber.vicvil.inventory;

import com.erefiber.vicvil.domain.UnitKey;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the operator's inventory: a unit and the ONU installed in it, if any. {@code line} is the
 * line the row starts on in the file, so every later message can point the operator at it.
 *
 * @param serial the ONU serial, trimmed and upper-cased
 * @param mac the ONU MAC in lower-case colon form ({@code aa:bb:cc:dd:ee:ff})
 * @param status the file's {@code status} column as written (e.g. {@code pending}); empty when blank
 */
public record InventoryRow(
        int line,
        UnitKey unit,
        Optional<String> onuName,
        Optional<String> serial,
        Optional<String> mac,
        Optional<LocalDate> dateAdded,
        String status,
        Optional<String> uispId) {

    public InventoryRow {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(onuName, "onuName");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(dateAdded, "dateAdded");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(uispId, "uispId");
    }

    /** Whether an ONU is installed: a row without serial and MAC is a unit vicvil cannot enforce yet. */
    public boolean hasOnu() {
        return serial.isPresent() || mac.isPresent();
    }
}
