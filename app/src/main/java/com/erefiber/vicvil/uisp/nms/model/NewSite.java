package com.erefiber.vicvil.uisp.nms.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /sites} ({@code CreateSite}); null fields are left out. The reference marks
 * {@code location} required (the 2025 swagger requires only the name): vicvil always sends it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewSite(String name, String type, String parentSiteId, Site.Location location, String address) {

    /** An endpoint (client) site under a parent site. */
    public static NewSite endpoint(String name, String parentSiteId, Site.Location location, String address) {
        return new NewSite(name, "endpoint", parentSiteId, location, address);
    }
}
