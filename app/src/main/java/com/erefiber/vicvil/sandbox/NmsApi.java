package com.erefiber.vicvil.sandbox;

import static com.erefiber.vicvil.sandbox.JsonFields.array;
import static com.erefiber.vicvil.sandbox.JsonFields.bodyObject;
import static com.erefiber.vicvil.sandbox.JsonFields.object;
import static com.erefiber.vicvil.sandbox.JsonFields.text;

import com.erefiber.vicvil.sandbox.UispState.Device;
import com.erefiber.vicvil.sandbox.UispState.Service;
import com.erefiber.vicvil.sandbox.UispState.Site;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fake UISP NMS API v2.1 ({@code /nms/api/v2.1}, header {@code x-auth-token}): the device list
 * ({@code DeviceStatusOverview}), ONU name/enabled, authorizing devices into a site, sites (with
 * {@code ucrmDetails}), creating endpoint sites, site suspension; errors as {@code {statusCode, error, message}}.
 */
final class NmsApi implements FakeApi {
    static final String PREFIX = "/nms/api/v2.1";
    private static final Set<String> SITE_TYPES = Set.of("site", "endpoint", "client", "subscriber");

    private final World world;
    private final UispState uisp;
    private final ObjectMapper mapper;
    private final String token;

    NmsApi(World world, ObjectMapper mapper, String token) {
        this.world = world;
        this.uisp = world.uisp;
        this.mapper = mapper;
        this.token = token;
    }

    @Override
    public String name() {
        return "nms";
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                route(
                        "GET",
                        "/nms/version",
                        r -> json(
                                200,
                                object().put("version", "2.4.211")
                                        .put("deployment", "docker")
                                        .put("build", "sandbox")
                                        .put("time", Dates.nms(world.now())))),
                route("GET", "/devices", this::listDevices),
                route("GET", "/devices/{id}", r -> json(200, render(device(r.pathParam("id"))))),
                route("PUT", "/devices/onus/{id}/system", this::putOnuSystem),
                route("POST", "/devices/authorize", this::authorize),
                route("POST", "/devices/{id}/unassign", this::unassign),
                route("GET", "/sites", this::listSites),
                route("POST", "/sites", r -> json(200, render(createSite(bodyObject(r, mapper), false), true))),
                route(
                        "GET",
                        "/sites/{id}",
                        r -> json(
                                200,
                                render(
                                        site(r.pathParam("id")),
                                        r.param("ucrmDetails")
                                                .map(Boolean::parseBoolean)
                                                .orElse(false)))),
                route(
                        "POST",
                        "/sites/{siteId}/suspend",
                        r -> json(200, render(suspend(r.pathParam("siteId"), true), true))),
                route(
                        "POST",
                        "/sites/{siteId}/unsuspend",
                        r -> json(200, render(suspend(r.pathParam("siteId"), false), true))));
    }

    @Override
    public Optional<FakeReply> rejectUnauthenticated(FakeRequest request) {
        Optional<String> given = request.header("x-auth-token");
        if (given.isPresent() && given.get().equals(token)) {
            return Optional.empty();
        }
        String message = given.isEmpty() ? "Missing authentication" : "Invalid token";
        return Optional.of(error(new FakeApiException(401, message, Map.of())));
    }

    @Override
    public FakeReply error(FakeApiException failure) {
        // hapi/Boom shape; a field validation failure is a 400 with the offending keys
        int status = failure.status() == 422 ? 400 : failure.status();
        ObjectNode body = object().put("statusCode", status)
                .put("error", ApiServer.reason(status))
                .put("message", failure.getMessage());
        if (!failure.fieldErrors().isEmpty()) {
            ArrayNode keys =
                    body.putObject("validation").put("source", "payload").putArray("keys");
            failure.fieldErrors().keySet().forEach(keys::add);
        }
        return json(status, body);
    }

    @Override
    public FakeReply routeNotFound(FakeRequest request) {
        return error(FakeApiException.notFound("Not Found"));
    }

    // ---- devices -------------------------------------------------------------------------------------------

    private FakeReply listDevices(FakeRequest request) {
        Optional<String> siteId = request.param("siteId");
        List<String> types = request.query().getOrDefault("type", List.of());
        List<String> roles = request.query().getOrDefault("role", List.of());
        Optional<Boolean> authorized = request.param("authorized", NmsApi::bool);
        ArrayNode list = array();
        uisp.devices.values().stream()
                .filter(d -> siteId.isEmpty() || siteId.get().equals(d.siteId))
                .filter(d -> types.isEmpty() || types.contains(d.type))
                .filter(d -> roles.isEmpty() || roles.contains(d.role))
                .filter(d -> authorized.isEmpty() || authorized.get() == d.authorized)
                .forEach(d -> list.add(render(d)));
        return json(200, list);
    }

    private FakeReply putOnuSystem(FakeRequest request) {
        Device onu = device(request.pathParam("id"));
        if (!onu.type.equals("onu")) {
            throw FakeApiException.notFound("ONU not found");
        }
        JsonNode body = bodyObject(request, mapper);
        JsonNode name = body.get("name");
        JsonNode enabled = body.get("enabled");
        if (name == null || !name.isTextual() || name.asText().isEmpty()) {
            throw invalid("name", name == null ? "is required" : "must be a non-empty string");
        }
        if (enabled == null || !enabled.isBoolean()) {
            throw invalid("enabled", enabled == null ? "is required" : "must be a boolean");
        }
        Optional<String> password = text(body, "adminPassword");
        if (password.isPresent()
                && (password.get().length() < 4 || password.get().length() > 64)) {
            throw invalid("adminPassword", "length must be between 4 and 64 characters");
        }
        onu.name = name.asText();
        onu.enabled = enabled.asBoolean();
        return json(200, object().put("name", onu.name).put("enabled", onu.enabled));
    }

    private FakeReply authorize(FakeRequest request) {
        JsonNode body = bodyObject(request, mapper);
        String siteId = text(body, "siteId").orElseThrow(() -> invalid("siteId", "is required"));
        Site site = site(siteId);
        List<Device> devices = new ArrayList<>();
        for (JsonNode id : body.path("deviceIds")) {
            devices.add(device(id.asText()));
        }
        for (Device device : devices) {
            device.authorized = true;
            device.siteId = site.id;
        }
        return json(200, object().put("result", true).put("message", devices.size() + " device(s) authorized"));
    }

    private FakeReply unassign(FakeRequest request) {
        Device device = device(request.pathParam("id"));
        device.siteId = null;
        device.authorized = false;
        return json(200, object().put("result", true).put("message", "Device unassigned"));
    }

    ObjectNode render(Device device) {
        String status = !device.authorized ? "unauthorized" : !device.enabled ? "disabled" : "active";
        ObjectNode node = object().put("enabled", device.enabled);
        node.putNull("ipAddress");
        node.putArray("ipAddressList");
        ObjectNode id = node.putObject("identification")
                .put("id", device.id)
                .put("name", device.name)
                .put("displayName", device.name)
                .put("hostname", device.name)
                .put("mac", device.mac)
                .put("serialNumber", device.serialNumber)
                .put("model", device.model)
                .put("modelName", device.modelName)
                .put("platformName", device.modelName)
                .put("type", device.type)
                .put("role", device.role)
                .put("category", device.type.equals("erouter") ? "wired" : "optical")
                .put("authorized", device.authorized)
                .put("firmwareVersion", device.type.equals("erouter") ? "2.0.9" : "4.4.1")
                .put("status", status)
                .put("updated", Dates.nms(world.now()))
                .put("started", Dates.nms(device.firstSeen));
        if (device.siteId == null) {
            id.putNull("site");
        } else {
            id.set("site", siteRef(uisp.sites.get(device.siteId)));
        }
        node.putObject("overview")
                .put("status", status)
                .put("lastSeen", Dates.nms(world.now()))
                .put("uptime", 86_400)
                .putNull("cpu")
                .putNull("ram")
                .putNull("signal");
        node.putObject("meta")
                .putNull("alias")
                .putNull("note")
                .put("maintenance", false)
                .putNull("customIpAddress")
                .put("failedMessageDecryption", false)
                .putNull("restartTimestamp");
        if (device.type.equals("onu")) {
            node.putObject("onu")
                    .put("id", device.id)
                    .put("port", device.port)
                    .putNull("wanAddress")
                    .put("rxRate", 0)
                    .put("txRate", 0)
                    .put("receivePower", -19.8)
                    .put("transmitPower", 2.4)
                    .putNull("connectionTime")
                    .put("mode", "bridge");
        }
        return node;
    }

    // ---- sites ---------------------------------------------------------------------------------------------

    private FakeReply listSites(FakeRequest request) {
        List<String> ids = request.array("id");
        Optional<String> type = request.param("type");
        Optional<Boolean> bound = request.param("ucrm", NmsApi::bool);
        if (bound.isPresent() && type.isEmpty()) {
            throw FakeApiException.badRequest("\"ucrm\" can be used only with \"type\"");
        }
        boolean details = request.param("ucrmDetails", NmsApi::bool).orElse(false);
        ArrayNode list = array();
        uisp.sites.values().stream()
                .filter(s -> ids.isEmpty() || ids.contains(s.id))
                .filter(s -> type.isEmpty() || type.get().equals(s.type))
                .filter(s -> bound.isEmpty()
                        || bound.get() == uisp.serviceOfSite(s.id).isPresent())
                .forEach(s -> list.add(render(s, details)));
        return json(200, list);
    }

    /** Creates a site from a {@code CreateSite} body (also used to seed the world). */
    Site createSite(JsonNode body, boolean outside) {
        String name = text(body, "name").orElse("");
        if (name.isEmpty() || name.length() > 100) {
            throw invalid(
                    "name",
                    name.isEmpty() ? "is required" : "length must be less than or equal to 100 characters long");
        }
        String type = text(body, "type").orElse("site");
        if (!SITE_TYPES.contains(type)) {
            throw invalid("type", "must be one of [site, endpoint, client, subscriber]");
        }
        Optional<String> parentId = text(body, "parentSiteId");
        parentId.ifPresent(this::site);
        JsonNode location = body.path("location");
        if (!location.isObject()) {
            throw invalid("location", "is required");
        }
        double latitude = coordinate(location, "latitude", 90);
        double longitude = coordinate(location, "longitude", 180);
        ObjectNode description = object();
        description
                .put("address", text(body, "address").orElse(null))
                .put("note", text(body, "note").orElse(null));
        description
                .putObject("contact")
                .put("name", text(body, "contactName").orElse(null))
                .put("phone", text(body, "contactPhone").orElse(null))
                .put("email", text(body, "contactEmail").orElse(null));
        Site site = new Site(
                world.ids.uuid(),
                name,
                type,
                parentId.orElse(null),
                latitude,
                longitude,
                description,
                world.now(),
                outside);
        uisp.sites.put(site.id, site);
        return site;
    }

    private Site suspend(String siteId, boolean suspended) {
        Site site = site(siteId);
        site.suspended = suspended;
        site.updated = world.now();
        return site;
    }

    private ObjectNode render(Site site, boolean ucrmDetails) {
        ObjectNode node = object().put("id", site.id);
        ObjectNode identification = node.putObject("identification")
                .put("id", site.id)
                .put("type", site.type)
                .put("name", site.name)
                .put("status", status(site))
                .put("updated", Dates.nms(site.updated))
                .put("suspended", site.suspended);
        if (site.parentId == null) {
            identification.putNull("parent");
        } else {
            identification.set("parent", parentRef(uisp.sites.get(site.parentId)));
        }
        Optional<Service> service = uisp.serviceOfSite(site.id);
        ObjectNode description = node.putObject("description");
        description.setAll(site.description.deepCopy());
        description.putObject("location").put("latitude", site.latitude).put("longitude", site.longitude);
        description.putNull("height");
        description.putNull("elevation");
        ArrayNode endpoints = description.putArray("endpoints");
        uisp.sites.values().stream()
                .filter(s -> site.id.equals(s.parentId) && !s.type.equals("site"))
                .forEach(s -> endpoints
                        .addObject()
                        .put("id", s.id)
                        .put("name", s.name)
                        .put("type", s.type));
        description
                .put("deviceCount", devicesIn(site).size())
                .put("deviceOutageCount", 0)
                .put("deviceListStatus", status(site))
                .put("regulatoryDomain", "US")
                .put("ucrmId", service.map(s -> Long.toString(s.clientId)).orElse(null));
        description.putArray("ipAddresses");
        description.putNull("sla");
        node.putObject("notifications").put("type", "none").putArray("users");
        node.putObject("qos")
                .put("enabled", false)
                .put("propagation", false)
                .put("aggregation", 1)
                .putNull("downloadSpeed")
                .putNull("uploadSpeed")
                .putNull("downloadBurstSize")
                .putNull("uploadBurstSize");
        if (ucrmDetails) {
            node.set("ucrm", service.map(this::ucrm).orElse(null));
        }
        node.put("isMisconfigured", false);
        return node;
    }

    /** The CRM client and service bound to a site, as {@code ?ucrmDetails=true} shows them (ids as strings). */
    private ObjectNode ucrm(Service service) {
        UispState.Client client = uisp.clients.get(service.clientId);
        UispState.Plan plan = uisp.planOfPeriod(service.periodId).orElseThrow();
        UispState.Period period = plan.period(service.periodId).orElseThrow();
        ObjectNode ucrm = object();
        ucrm.putObject("client")
                .put("id", Long.toString(client.id))
                .put("name", client.name())
                .put("isLead", client.fields.path("isLead").asBoolean());
        ucrm.putObject("service")
                .put("id", Long.toString(service.id))
                .put("name", service.fields.path("name").asText(plan.name()))
                .put("status", service.status)
                .put("activeFrom", Dates.crmDay(service.activeFrom, Complex.ZONE))
                .put("tariffId", Long.toString(plan.id()))
                .put("trafficShapingOverrideEnabled", false)
                .put(
                        "totalPrice",
                        service.fields.has("price")
                                ? service.fields.get("price").decimalValue()
                                : period.price())
                .put("currencyCode", "USD")
                .put("servicePlanPeriod", period.months());
        return ucrm;
    }

    private List<Device> devicesIn(Site site) {
        return uisp.devices.values().stream()
                .filter(d -> site.id.equals(d.siteId))
                .toList();
    }

    private String status(Site site) {
        return devicesIn(site).stream().anyMatch(d -> d.enabled) ? "active" : "inactive";
    }

    private ObjectNode siteRef(Site site) {
        ObjectNode ref = object().put("id", site.id)
                .put("name", site.name)
                .put("status", status(site))
                .put("type", site.type.equals("site") ? "site" : "endpoint");
        if (site.parentId == null) {
            ref.putNull("parent");
        } else {
            ref.set("parent", parentRef(uisp.sites.get(site.parentId)));
        }
        return ref;
    }

    private ObjectNode parentRef(Site parent) {
        return object().put("id", parent.id)
                .put("name", parent.name)
                .put("type", parent.type)
                .put("status", status(parent));
    }

    // ---- plumbing ------------------------------------------------------------------------------------------

    private Device device(String id) {
        Device device = uisp.devices.get(id);
        if (device == null) {
            throw FakeApiException.notFound("Device not found");
        }
        return device;
    }

    private Site site(String id) {
        Site site = uisp.sites.get(id);
        if (site == null) {
            throw FakeApiException.notFound("Site not found");
        }
        return site;
    }

    private static double coordinate(JsonNode location, String field, double bound) {
        JsonNode value = location.get(field);
        if (value == null || !value.isNumber()) {
            throw invalid("location." + field, value == null ? "is required" : "must be a number");
        }
        if (Math.abs(value.asDouble()) > bound) {
            throw invalid("location." + field, "must be between -" + (int) bound + " and " + (int) bound);
        }
        return value.asDouble();
    }

    /** A Joi-style payload validation failure: {@code child "name" fails because ["name" is required]}. */
    private static FakeApiException invalid(String field, String problem) {
        return new FakeApiException(
                400,
                "child \"" + field + "\" fails because [\"" + field + "\" " + problem + "]",
                Map.of(field, List.of(problem)));
    }

    private static Boolean bool(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException(text);
        }
        return Boolean.valueOf(text);
    }

    private FakeReply json(int status, JsonNode body) {
        return JsonFields.reply(mapper, status, body);
    }

    private static Route route(String method, String path, Route.Handler handler) {
        return Route.authenticated(method, PREFIX + path, handler);
    }
}
