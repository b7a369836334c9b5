package com.erefiber.vicvil.uisp.nms;

import static com.erefiber.vicvil.uisp.UispEndpoints.DEVICES;
import static com.erefiber.vicvil.uisp.UispEndpoints.DEVICES_AUTHORIZE;
import static com.erefiber.vicvil.uisp.UispEndpoints.ONU_SYSTEM;
import static com.erefiber.vicvil.uisp.UispEndpoints.SITES;
import static com.erefiber.vicvil.uisp.UispEndpoints.SITE_CREATE;
import static com.erefiber.vicvil.uisp.UispEndpoints.SITE_SUSPEND;
import static com.erefiber.vicvil.uisp.UispEndpoints.SITE_UNSUSPEND;

import com.erefiber.vicvil.http.ApiResponse;
import com.erefiber.vicvil.uisp.UispChannel;
import com.erefiber.vicvil.uisp.nms.model.Device;
import com.erefiber.vicvil.uisp.nms.model.NewSite;
import com.erefiber.vicvil.uisp.nms.model.Site;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The UISP NMS API v2.1 (header {@code x-auth-token}). Its lists have no paging: one call returns everything.
 */
public final class NmsApi {
    private final UispChannel channel;

    public NmsApi(UispChannel channel) {
        this.channel = channel;
    }

    /** Devices, optionally of one type ("onu") and/or in one site (null: no filter). */
    public List<Device> devices(String type, String siteId) {
        ApiResponse response =
                channel.get(channel.at(DEVICES).param("type", type).param("siteId", siteId));
        return channel.readList(response, response.json(), Device.class);
    }

    /** Every ONU, assigned or not (their names and enabled states are read from this list). */
    public List<Device> onus() {
        return devices("onu", null);
    }

    /** Sets an ONU's name and enabled state; the schema requires both, so both are always sent. */
    public void setOnuSystem(String onuId, String name, boolean enabled) {
        ObjectNode body = channel.object().put("name", name).put("enabled", enabled);
        channel.send(channel.request(ONU_SYSTEM, channel.at(ONU_SYSTEM, onuId), body));
    }

    /**
     * Authorizes devices into a site. The answer is {@code {result, message}}; result false is a refusal.
     * Resending is harmless (it asks for the same end state), so the POST is marked retry-safe.
     */
    public void authorize(String siteId, List<String> deviceIds) {
        ObjectNode body = channel.object().put("siteId", siteId);
        deviceIds.forEach(body.putArray("deviceIds")::add);
        ApiResponse response = channel.send(channel.request(DEVICES_AUTHORIZE, channel.at(DEVICES_AUTHORIZE), body)
                .markedRetrySafe());
        JsonNode result = response.json().path("result");
        if (result.isBoolean() && !result.booleanValue()) {
            throw response.unexpected(
                    "authorize refused: " + response.json().path("message").asText(""));
        }
    }

    /** Sites with their CRM client and service ({@code ucrmDetails=true}), optionally of one type (null: all). */
    public List<Site> sites(String type) {
        ApiResponse response = channel.get(channel.at(SITES).param("type", type).param("ucrmDetails", true));
        return channel.readList(response, response.json(), Site.class);
    }

    /**
     * Creates an endpoint site under a parent, at a map location; returns it. The spec answers with the
     * site; should the answer carry no site (UNCONFIRMED), the one endpoint site of that name under that
     * parent is looked up instead.
     */
    public Site createEndpointSite(String name, String parentSiteId, Site.Location location, String address) {
        NewSite body = NewSite.endpoint(name, parentSiteId, location, address);
        ApiResponse response = channel.send(channel.request(SITE_CREATE, channel.at(SITE_CREATE), body));
        JsonNode answer = response.json();
        if (answer.hasNonNull("id") || answer.path("identification").hasNonNull("id")) {
            return channel.read(response, answer, Site.class);
        }
        List<Site> matches = sites("endpoint").stream()
                .filter(site -> site.identification() != null
                        && name.equals(site.identification().name()))
                .filter(site -> site.parentId().filter(parentSiteId::equals).isPresent())
                .toList();
        if (matches.size() != 1) {
            throw response.unexpected("the answer has no site and " + matches.size() + " endpoint sites are named '"
                    + name + "' under the parent");
        }
        return matches.get(0);
    }

    /** Suspends a site's internet access. Idempotent, so marked retry-safe; the answer (site or none) is not read. */
    public void suspendSite(String siteId) {
        channel.send(channel.request(SITE_SUSPEND, channel.at(SITE_SUSPEND, siteId), null)
                .markedRetrySafe());
    }

    /** Lifts a site's suspension. Idempotent, so marked retry-safe; the answer is not read. */
    public void unsuspendSite(String siteId) {
        channel.send(channel.request(SITE_UNSUSPEND, channel.at(SITE_UNSUSPEND, siteId), null)
                .markedRetrySafe());
    }
}
