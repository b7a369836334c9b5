package com.erefiber.vicvil.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ERE Fiber's UISP: the CRM (clients, custom attributes, plans, services, suspension reasons, tickets,
 * invoices) and the NMS (devices, sites). Guarded by the {@link World}'s lock. Objects that belong to
 * ERE's other subscribers carry {@code outside = true}: vicvil must never change them.
 */
final class UispState {
    static final int SERVICE_PREPARED = 0;
    static final int SERVICE_ACTIVE = 1;
    static final int SERVICE_ENDED = 2;
    static final int SERVICE_SUSPENDED = 3;
    static final int SERVICE_QUOTED = 7;

    final Map<Long, Client> clients = new LinkedHashMap<>();
    final Map<Long, CustomAttribute> customAttributes = new LinkedHashMap<>();
    final Map<Long, Plan> plans = new LinkedHashMap<>();
    final Map<Long, Service> services = new LinkedHashMap<>();
    final Map<Long, SuspensionReason> suspensionReasons = new LinkedHashMap<>();
    final Map<Long, Ticket> tickets = new LinkedHashMap<>();
    final Map<Long, CrmInvoice> invoices = new LinkedHashMap<>();
    final Map<String, Device> devices = new LinkedHashMap<>();
    final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();

    /** The next number of one id sequence (clients, contacts, services, …), starting at 1. */
    long next(String sequence) {
        return sequences.merge(sequence, 1L, Long::sum);
    }

    /** A custom attribute definition; {@code key} is derived from the name (camelCase). */
    record CustomAttribute(
            long id, String name, String key, String attributeType, String type, boolean clientZoneVisible) {}

    /** A service plan ("tariff") and its billing periods. */
    record Plan(
            long id,
            String name,
            int downloadSpeed,
            int uploadSpeed,
            boolean isPublic,
            boolean archived,
            List<Period> periods) {
        Optional<Period> period(long periodId) {
            return periods.stream().filter(p -> p.id() == periodId).findFirst();
        }
    }

    /** A billing period of a plan: its length in months, price and whether it may be chosen. */
    record Period(long id, int months, BigDecimal price, boolean enabled) {}

    /** A suspension reason. */
    record SuspensionReason(long id, String name) {}

    /** One custom attribute value on a client or service ({@code rowId} is the value's own id). */
    record AttributeValue(Object rowId, String value) {}

    /** A CRM client. Writable scalar fields are kept as sent, so a read returns what was written. */
    static final class Client {
        final long id;
        final ObjectNode fields;
        final List<ObjectNode> contacts = new ArrayList<>();
        final Map<Long, AttributeValue> attributes = new LinkedHashMap<>();
        final boolean outside;

        Client(long id, ObjectNode fields, boolean outside) {
            this.id = id;
            this.fields = fields;
            this.outside = outside;
        }

        String name() {
            return fields.path("clientType").asInt(1) == 2
                    ? fields.path("companyName").asText("")
                    : (fields.path("firstName").asText("") + " "
                                    + fields.path("lastName").asText(""))
                            .strip();
        }
    }

    /** A CRM service of a client, on one plan period, optionally bound to an NMS site. */
    static final class Service {
        final long id;
        final long clientId;
        long periodId;
        int status;
        Instant activeFrom;
        Instant activeTo;
        final ObjectNode fields;
        final Map<Long, AttributeValue> attributes = new LinkedHashMap<>();
        Long suspensionReasonId;
        final List<SuspensionPeriod> suspensionPeriods = new ArrayList<>();
        String siteId;
        final boolean outside;

        Service(
                long id,
                long clientId,
                long periodId,
                int status,
                Instant activeFrom,
                ObjectNode fields,
                boolean outside) {
            this.id = id;
            this.clientId = clientId;
            this.periodId = periodId;
            this.status = status;
            this.activeFrom = activeFrom;
            this.fields = fields;
            this.outside = outside;
        }
    }

    /** One suspension of a service; open while {@code end} is null. */
    static final class SuspensionPeriod {
        final long id;
        final Instant start;
        Instant end;

        SuspensionPeriod(long id, Instant start) {
            this.id = id;
            this.start = start;
        }
    }

    /** A ticket and its activity (comments and status changes). */
    static final class Ticket {
        final long id;
        final Long clientId;
        String subject;
        int status;
        boolean isPublic;
        final Instant createdAt;
        final ObjectNode fields;
        final List<Activity> activity = new ArrayList<>();
        final boolean outside;

        Ticket(
                long id,
                Long clientId,
                String subject,
                int status,
                boolean isPublic,
                Instant createdAt,
                ObjectNode fields,
                boolean outside) {
            this.id = id;
            this.clientId = clientId;
            this.subject = subject;
            this.status = status;
            this.isPublic = isPublic;
            this.createdAt = createdAt;
            this.fields = fields;
            this.outside = outside;
        }

        Instant lastActivity() {
            return activity.isEmpty()
                    ? createdAt
                    : activity.get(activity.size() - 1).createdAt();
        }
    }

    /** One ticket activity: a comment ({@code body}) or a status change ({@code previousStatus → status}). */
    record Activity(
            long id,
            long ticketId,
            Long userId,
            Instant createdAt,
            boolean isPublic,
            String type,
            String body,
            Integer previousStatus,
            Integer status) {}

    /** A CRM invoice with custom items. */
    static final class CrmInvoice {
        final long id;
        final long clientId;
        final String number;
        int status;
        final Instant createdDate;
        final int maturityDays;
        final ObjectNode fields;
        final List<InvoiceItem> items;

        CrmInvoice(
                long id,
                long clientId,
                String number,
                int status,
                Instant createdDate,
                int maturityDays,
                ObjectNode fields,
                List<InvoiceItem> items) {
            this.id = id;
            this.clientId = clientId;
            this.number = number;
            this.status = status;
            this.createdDate = createdDate;
            this.maturityDays = maturityDays;
            this.fields = fields;
            this.items = List.copyOf(items);
        }

        BigDecimal total() {
            return items.stream().map(InvoiceItem::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A custom invoice line. */
    record InvoiceItem(long id, String label, BigDecimal price, BigDecimal quantity, String unit) {
        BigDecimal total() {
            return price.multiply(quantity);
        }
    }

    /** An NMS device (ONUs, OLTs, a router); {@code siteId} null while unassigned. */
    static final class Device {
        final String id;
        final String type;
        final String model;
        final String modelName;
        final String role;
        final String serialNumber;
        final String mac;
        final String parentId;
        final int port;
        final Instant firstSeen;
        String name;
        boolean enabled = true;
        boolean authorized;
        String siteId;
        final boolean outside;

        Device(
                String id,
                String type,
                String model,
                String modelName,
                String role,
                String serialNumber,
                String mac,
                String parentId,
                int port,
                Instant firstSeen,
                String name,
                boolean outside) {
            this.id = id;
            this.type = type;
            this.model = model;
            this.modelName = modelName;
            this.role = role;
            this.serialNumber = serialNumber;
            this.mac = mac;
            this.parentId = parentId;
            this.port = port;
            this.firstSeen = firstSeen;
            this.name = name;
            this.outside = outside;
        }
    }

    /** An NMS site: a network site or a client's endpoint site. */
    static final class Site {
        final String id;
        final String name;
        final String type;
        final String parentId;
        final double latitude;
        final double longitude;
        final ObjectNode description;
        boolean suspended;
        Instant updated;
        final boolean outside;

        Site(
                String id,
                String name,
                String type,
                String parentId,
                double latitude,
                double longitude,
                ObjectNode description,
                Instant updated,
                boolean outside) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.parentId = parentId;
            this.latitude = latitude;
            this.longitude = longitude;
            this.description = description;
            this.updated = updated;
            this.outside = outside;
        }
    }

    Optional<Plan> planOfPeriod(long periodId) {
        return plans.values().stream()
                .filter(p -> p.period(periodId).isPresent())
                .findFirst();
    }

    Optional<CustomAttribute> attributeByKey(String key, String attributeType) {
        return customAttributes.values().stream()
                .filter(a -> a.key().equals(key) && a.attributeType().equals(attributeType))
                .findFirst();
    }

    /** The service bound to a site, if any (the newest one that has not ended wins). */
    Optional<Service> serviceOfSite(String siteId) {
        return services.values().stream()
                .filter(s -> siteId.equals(s.siteId))
                .reduce((older, newer) ->
                        newer.status == SERVICE_ENDED && older.status != SERVICE_ENDED ? older : newer);
    }
}
