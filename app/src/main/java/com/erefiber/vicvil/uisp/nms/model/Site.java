package com.erefiber.vicvil.uisp.nms.model;

import java.util.Optional;

/**
 * An NMS site as {@code GET /sites?ucrmDetails=true} lists it (the fields vicvil uses). The CRM ids under
 * {@code ucrm} are strings in the spec; a number is accepted too and read as its text.
 */
public record Site(String id, Identification identification, Description description, Ucrm ucrm) {

    public Site {
        // The spec has the id both at the top and under identification (required there); accept either.
        if (id == null && identification != null) {
            id = identification.id();
        }
        if (id == null) {
            throw new IllegalArgumentException("site without id");
        }
    }

    /** The parent site's id, if the site has a parent. */
    public Optional<String> parentId() {
        return Optional.ofNullable(identification).map(Identification::parent).map(Parent::id);
    }

    /** The CRM service bound to this site, if any (its id as a number). */
    public Optional<Long> crmServiceId() {
        return Optional.ofNullable(ucrm)
                .map(Ucrm::service)
                .map(UcrmService::id)
                .filter(text -> text.matches("\\d+"))
                .map(Long::valueOf);
    }

    /** Name, type (site|endpoint|client|subscriber), status, parent, and whether internet access is suspended. */
    public record Identification(
            String id, String name, String type, String status, Parent parent, Boolean suspended) {}

    /** The parent site. */
    public record Parent(String id, String name) {}

    /** Address, note and map location. */
    public record Description(String address, String note, Location location) {}

    /** A point on the map (decimal degrees). */
    public record Location(Double latitude, Double longitude) {}

    /** The CRM client and service bound to the site. */
    public record Ucrm(UcrmClient client, UcrmService service) {}

    /** The bound CRM client. */
    public record UcrmClient(String id, String name) {}

    /** The bound CRM service; status is the CRM's service status (0-8). */
    public record UcrmService(String id, String name, Integer status) {}
}
