package com.erefiber.vicvil.uisp.nms.model;

import java.util.Optional;

/**
 * An NMS device as {@code GET /devices} lists it ({@code DeviceStatusOverview}, the fields vicvil uses). An
 * ONU's name and enabled state are read from here; {@code identification.site} is null for an unassigned
 * device. {@code enabled} null means the answer did not say (never read as "disabled").
 */
public record Device(Identification identification, Boolean enabled, Overview overview) {

    public Device {
        if (identification == null || identification.id() == null) {
            throw new IllegalArgumentException("device without identification.id");
        }
    }

    /** The device id (a uuid). */
    public String id() {
        return identification.id();
    }

    /** The id of the site the device is assigned to, if any. */
    public Optional<String> siteId() {
        return Optional.ofNullable(identification.site()).map(SiteRef::id);
    }

    /** What identifies a device: id, name, serial, MAC, type (onu, olt…), model, authorization, status, site. */
    public record Identification(
            String id,
            String name,
            String serialNumber,
            String mac,
            String type,
            String model,
            Boolean authorized,
            String status,
            SiteRef site) {}

    /** The site a device is in. */
    public record SiteRef(String id, String name, String type) {}

    /** The device's live overview (status: active, disconnected, …). */
    public record Overview(String status) {}
}
