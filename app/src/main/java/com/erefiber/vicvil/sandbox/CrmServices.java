package com.erefiber.vicvil.sandbox;

import static com.erefiber.vicvil.sandbox.JsonFields.bool;
import static com.erefiber.vicvil.sandbox.JsonFields.copyFields;
import static com.erefiber.vicvil.sandbox.JsonFields.decimal;
import static com.erefiber.vicvil.sandbox.JsonFields.integer;
import static com.erefiber.vicvil.sandbox.JsonFields.object;
import static com.erefiber.vicvil.sandbox.JsonFields.page;
import static com.erefiber.vicvil.sandbox.JsonFields.requiredText;
import static com.erefiber.vicvil.sandbox.JsonFields.text;

import com.erefiber.vicvil.sandbox.UispState.Client;
import com.erefiber.vicvil.sandbox.UispState.Period;
import com.erefiber.vicvil.sandbox.UispState.Plan;
import com.erefiber.vicvil.sandbox.UispState.Service;
import com.erefiber.vicvil.sandbox.UispState.SuspensionPeriod;
import com.erefiber.vicvil.sandbox.UispState.SuspensionReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plans, services and suspension reasons of the fake CRM: services are created under a client, change plan
 * through a PATCH of {@code servicePlanPeriodId}, and are suspended (status 3), un-suspended (1), ended (2;
 * UCRM then refuses every edit with a 422) and bound to an NMS site.
 */
final class CrmServices extends CrmPart {
    private static final List<String> SERVICE_FIELDS = List.of(
            "name",
            "note",
            "invoicingStart",
            "invoicingPeriodType",
            "invoicingPeriodStartDay",
            "nextInvoicingDayAdjustment",
            "invoicingProratedSeparately",
            "invoicingSeparately",
            "sendEmailsAutomatically",
            "useCreditAutomatically",
            "invoiceLabel",
            "fullAddress",
            "street1",
            "street2",
            "city",
            "countryId",
            "stateId",
            "zipCode",
            "addressGpsLat",
            "addressGpsLon",
            "contractId",
            "contractLengthType",
            "minimumContractLengthMonths",
            "contractEndDate",
            "discountType",
            "discountValue",
            "discountInvoiceLabel",
            "discountFrom",
            "discountTo",
            "tax1Id",
            "tax2Id",
            "tax3Id",
            "fccBlockId",
            "servicePlanGroupId",
            "setupFeePrice",
            "earlyTerminationFeePrice");
    private static final List<String> SERVICE_ADDRESS = List.of(
            "fullAddress",
            "street1",
            "street2",
            "city",
            "countryId",
            "stateId",
            "zipCode",
            "addressGpsLat",
            "addressGpsLon");

    private final CrmAttributes attributes;

    CrmServices(World world, ObjectMapper mapper, CrmAttributes attributes) {
        super(world, mapper);
        this.attributes = attributes;
    }

    @Override
    List<Route> routes() {
        return List.of(
                get("/service-plans", this::listPlans),
                get("/service-plans/{id}", r -> json(200, render(found(uisp.plans, r)))),
                get("/clients/services", this::listServices),
                get("/clients/services/{id}", r -> json(200, render(service(r)))),
                post(
                        "/clients/{id}/services",
                        r -> created(
                                "/clients/services/", render(createService(found(uisp.clients, r), body(r), false)))),
                patch("/clients/services/{id}", r -> json(200, render(patchService(service(r), body(r))))),
                patch("/clients/services/{id}/suspend", this::suspend),
                patch("/clients/services/{id}/cancel-suspend", this::cancelSuspend),
                patch("/clients/services/{id}/end", r -> json(200, render(end(service(r))))),
                patch("/clients/services/{id}/unmsclientsite/bind", r -> json(200, render(bind(service(r), body(r))))),
                patch("/clients/services/{id}/unmsclientsite/unbind", r -> json(200, render(unbind(service(r))))),
                get(
                        "/service-suspension-reasons",
                        r -> list(page(List.copyOf(uisp.suspensionReasons.values()), r), this::render)),
                post(
                        "/service-suspension-reasons",
                        r -> created(
                                "/service-suspension-reasons/",
                                render(createSuspensionReason(requiredText(body(r), "name"))))),
                get("/service-suspension-reasons/{id}", r -> json(200, render(found(uisp.suspensionReasons, r)))));
    }

    private Service service(FakeRequest request) {
        return found(uisp.services, request);
    }

    private FakeReply listPlans(FakeRequest request) {
        Optional<Boolean> isPublic = request.param("public", s -> s.equals("1"));
        boolean archived = request.param("archived", s -> s.equals("1")).orElse(false);
        Optional<String> type = request.param("servicePlanType");
        if (type.isPresent() && !Set.of("internet", "general").contains(type.get())) {
            throw FakeApiException.badRequest("unknown servicePlanType " + type.get());
        }
        List<Plan> matches = uisp.plans.values().stream()
                .filter(p -> isPublic.isEmpty() || p.isPublic() == isPublic.get())
                .filter(p -> p.archived() == archived)
                .filter(p -> type.isEmpty() || type.get().equals("internet"))
                .toList();
        return list(page(matches, request), this::render);
    }

    private ObjectNode render(Plan plan) {
        ObjectNode node = object().put("id", plan.id())
                .put("name", plan.name())
                .put("organizationId", 1)
                .put("invoiceLabel", plan.name());
        node.putNull("downloadBurst");
        node.putNull("uploadBurst");
        node.put("downloadSpeed", plan.downloadSpeed()).put("uploadSpeed", plan.uploadSpeed());
        node.putNull("dataUsageLimit");
        node.putNull("downloadSpeedLimited");
        node.putNull("uploadSpeedLimited");
        node.put("aggregation", 1).put("taxable", false);
        node.putNull("amountExemptFromTaxation");
        node.put("setupFee", 0).put("earlyTerminationFee", 0).put("minimumContractLengthMonths", 0);
        ArrayNode periods = node.putArray("periods");
        plan.periods().forEach(p -> periods.addObject()
                .put("id", p.id())
                .put("period", p.months())
                .put("price", p.price())
                .put("enabled", p.enabled()));
        node.put("public", plan.isPublic()).put("servicePlanType", "Internet").put("prepaid", false);
        node.putNull("prepaidConfiguration");
        node.putNull("defaultServicePlanGroupId");
        node.put("archived", plan.archived());
        node.putArray("servicePlanGroups");
        return node;
    }

    private FakeReply listServices(FakeRequest request) {
        Optional<Long> clientId = request.param("clientId", Long::parseLong);
        List<Integer> statuses = request.array("statuses").stream()
                .map(s -> parse(s, Integer::parseInt))
                .toList();
        Optional<String> key = request.param("customAttributeKey");
        Optional<String> value = request.param("customAttributeValue");
        if (key.isPresent() != value.isPresent()) {
            throw FakeApiException.badRequest("customAttributeKey and customAttributeValue go together");
        }
        Predicate<Service> byAttribute =
                s -> key.isEmpty() || attributes.hasValue(s.attributes, key.get(), "service", value.get());
        List<Service> matches = uisp.services.values().stream()
                .filter(s -> clientId.isEmpty() || s.clientId == clientId.get())
                .filter(s -> statuses.isEmpty() || statuses.contains(s.status))
                .filter(byAttribute)
                .sorted(idOrder(request, (Service s) -> s.id))
                .toList();
        return list(page(matches, request), this::render);
    }

    /** Creates a service for a client from a {@code ServiceWritable} body (also used to seed the world). */
    Service createService(Client client, JsonNode body, boolean outside) {
        long periodId = integer(body, "servicePlanPeriodId")
                .orElseThrow(() -> FakeApiException.invalid("servicePlanPeriodId", "This value should not be blank."));
        requireEnabledPeriod(periodId);
        Instant activeFrom = day(body, "activeFrom").orElse(world.now());
        ObjectNode fields = object();
        SERVICE_FIELDS.forEach(fields::putNull);
        fields.put("invoicingPeriodType", 1)
                .put("invoicingPeriodStartDay", 1)
                .put("nextInvoicingDayAdjustment", 0)
                .put("invoicingProratedSeparately", true)
                .put("invoicingSeparately", false)
                .put("sendEmailsAutomatically", false)
                .put("useCreditAutomatically", true)
                .put("contractLengthType", 1)
                .put("discountType", 0)
                .put("invoicingStart", Dates.crmDay(activeFrom, ZONE));
        SERVICE_ADDRESS.forEach(
                field -> fields.set(field, client.fields.path(field).deepCopy()));
        copyFields(body, fields, SERVICE_FIELDS);
        decimal(body, "price").ifPresent(price -> fields.put("price", price));
        boolean quoted = bool(body, "isQuoted").orElse(false);
        int status = quoted
                ? UispState.SERVICE_QUOTED
                : activeFrom.isAfter(world.now()) ? UispState.SERVICE_PREPARED : UispState.SERVICE_ACTIVE;
        Service service = new Service(uisp.next("service"), client.id, periodId, status, activeFrom, fields, outside);
        service.activeTo = day(body, "activeTo").orElse(null);
        Optional<String> siteId = text(body, "unmsClientSiteId");
        siteId.ifPresent(id -> service.siteId = requireSite(id, "unmsClientSiteId"));
        attributes.setValues(service.attributes, body, "service", world.ids::uuid);
        uisp.services.put(service.id, service);
        return service;
    }

    private Service patchService(Service service, JsonNode body) {
        if (service.status == UispState.SERVICE_ENDED) {
            // UCRM's answer to any edit of an ended service, a marker attribute included.
            throw FakeApiException.invalid("service", "Ended service cannot be edited.");
        }
        Optional<Long> periodId = integer(body, "servicePlanPeriodId");
        periodId.ifPresent(this::requireEnabledPeriod);
        Optional<Instant> activeTo = day(body, "activeTo");
        ObjectNode fields = service.fields.deepCopy();
        copyFields(body, fields, SERVICE_FIELDS);
        if (body.has("price")) {
            Optional<BigDecimal> price = decimal(body, "price");
            if (price.isPresent()) {
                fields.put("price", price.get());
            } else {
                fields.remove("price");
            }
        }
        attributes.setValues(service.attributes, body, "service", world.ids::uuid);
        periodId.ifPresent(id -> service.periodId = id);
        if (body.has("activeTo")) {
            service.activeTo = activeTo.orElse(null);
        }
        service.fields.removeAll();
        service.fields.setAll(fields);
        return service;
    }

    private FakeReply suspend(FakeRequest request) {
        Service service = service(request);
        JsonNode body = request.body().length == 0 ? object() : body(request);
        Optional<Long> reasonId = integer(body, "suspensionReasonId");
        if (reasonId.isPresent() && !uisp.suspensionReasons.containsKey(reasonId.get())) {
            throw FakeApiException.invalid("suspensionReasonId", "This value is not valid.");
        }
        if (service.status != UispState.SERVICE_ACTIVE) {
            throw FakeApiException.invalid("service", "Only an active service can be suspended.");
        }
        service.status = UispState.SERVICE_SUSPENDED;
        service.suspensionReasonId = reasonId.orElse(null);
        service.suspensionPeriods.add(new SuspensionPeriod(uisp.next("suspensionPeriod"), world.now()));
        return FakeReply.empty(200);
    }

    private FakeReply cancelSuspend(FakeRequest request) {
        Service service = service(request);
        if (service.status != UispState.SERVICE_SUSPENDED) {
            throw FakeApiException.invalid("service", "Service is not suspended.");
        }
        service.status = UispState.SERVICE_ACTIVE;
        service.suspensionReasonId = null;
        closeSuspension(service);
        return FakeReply.empty(200);
    }

    private Service end(Service service) {
        if (service.status == UispState.SERVICE_ENDED) {
            throw FakeApiException.invalid("service", "Service is already ended.");
        }
        service.status = UispState.SERVICE_ENDED;
        service.activeTo = world.now();
        service.suspensionReasonId = null;
        closeSuspension(service);
        return service;
    }

    private void closeSuspension(Service service) {
        service.suspensionPeriods.stream().filter(p -> p.end == null).forEach(p -> p.end = world.now());
    }

    private Service bind(Service service, JsonNode body) {
        service.siteId = requireSite(requiredText(body, "unmsClientSiteId"), "unmsClientSiteId");
        return service;
    }

    private static Service unbind(Service service) {
        service.siteId = null;
        return service;
    }

    private String requireSite(String siteId, String field) {
        if (!world.uisp.sites.containsKey(siteId)) {
            throw FakeApiException.invalid(field, "UISP site " + siteId + " does not exist.");
        }
        return siteId;
    }

    private Period requireEnabledPeriod(long periodId) {
        Period period = uisp.planOfPeriod(periodId)
                .flatMap(p -> p.period(periodId))
                .orElseThrow(() -> FakeApiException.invalid("servicePlanPeriodId", "Service plan period not found."));
        if (!period.enabled()) {
            throw FakeApiException.invalid("servicePlanPeriodId", "Service plan period is not enabled.");
        }
        return period;
    }

    ObjectNode render(Service service) {
        Plan plan = uisp.planOfPeriod(service.periodId).orElseThrow();
        Period period = plan.period(service.periodId).orElseThrow();
        BigDecimal price =
                service.fields.has("price") ? service.fields.get("price").decimalValue() : period.price();
        ObjectNode node = object().put("id", service.id)
                .put("servicePlanId", plan.id())
                .put("clientId", service.clientId)
                .put("status", service.status)
                .put("prepaid", false)
                .put("servicePlanPeriodId", service.periodId)
                .put("activeFrom", Dates.crmDay(service.activeFrom, ZONE))
                .put("activeTo", Dates.crmDay(service.activeTo, ZONE));
        ObjectNode fields = service.fields.deepCopy();
        fields.remove("price");
        if (fields.path("name").isNull()) {
            fields.put("name", plan.name());
        }
        node.setAll(fields);
        node.put("price", price)
                .put("hasIndividualPrice", service.fields.has("price"))
                .put("totalPrice", price)
                .put("servicePlanName", plan.name())
                .put("servicePlanPrice", period.price())
                .put("servicePlanPeriod", period.months())
                .put("servicePlanType", "Internet")
                .put("downloadSpeed", plan.downloadSpeed())
                .put("uploadSpeed", plan.uploadSpeed())
                .put("currencyCode", "USD")
                .put("hasOutage", false)
                .put("unmsClientSiteStatus", service.siteId == null ? null : "active")
                .put("unmsClientSiteId", service.siteId);
        node.putNull("lastInvoicedDate");
        ArrayNode values = node.putArray("attributes");
        service.attributes.forEach(
                (id, value) -> values.add(attributes.renderValue(id, value).put("serviceId", service.id)));
        node.put("suspensionReasonId", service.suspensionReasonId);
        node.putNull("serviceChangeRequestId");
        node.putNull("downloadSpeedOverride");
        node.putNull("uploadSpeedOverride");
        node.putNull("trafficShapingOverrideEnd");
        node.put("trafficShapingOverrideEnabled", false);
        ArrayNode periods = node.putArray("suspensionPeriods");
        service.suspensionPeriods.forEach(p -> periods.addObject()
                .put("id", p.id)
                .put("startDate", Dates.crm(p.start))
                .put("endDate", Dates.crm(p.end)));
        node.putArray("surcharges");
        return node;
    }

    SuspensionReason createSuspensionReason(String name) {
        SuspensionReason reason = new SuspensionReason(uisp.next("suspensionReason"), name);
        uisp.suspensionReasons.put(reason.id(), reason);
        return reason;
    }

    private ObjectNode render(SuspensionReason reason) {
        return object().put("id", reason.id()).put("name", reason.name());
    }
}
