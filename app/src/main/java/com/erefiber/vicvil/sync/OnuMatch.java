package com.erefiber.vicvil.sync;

import com.erefiber.vicvil.inventory.InventoryRow;
import com.erefiber.vicvil.inventory.MacAddresses;
import com.erefiber.vicvil.uisp.nms.model.Device;
import java.util.List;
import java.util.Optional;

/** Finds an inventory row's ONU among NMS devices: by serial, else by MAC. */
public final class OnuMatch {
    private OnuMatch() {}

    /** The device with the row's serial (case-insensitive) or, failing that, its MAC. */
    public static Optional<Device> find(InventoryRow row, List<Device> devices) {
        Optional<Device> bySerial = row.serial().flatMap(serial -> devices.stream()
                .filter(device -> serial.equalsIgnoreCase(device.identification().serialNumber())).findFirst());
        return bySerial.or(() -> row.mac().flatMap(mac -> devices.stream()
                .filter(device -> device.identification().mac() != null
                        && MacAddresses.normalize(device.identification().mac()).filter(mac::equals).isPresent())
                .findFirst()));
    }
}
