package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.uisp.crm.CrmApi;
import com.erefiber.vicvil.uisp.crm.model.CustomAttribute;
import java.util.List;
import java.util.Optional;

/**
 * vicvil's ownership tags in UISP CRM (DESIGN §2): a {@code vicvilUnit} attribute on the clients and services
 * it made or adopted (value: the unit's canonical text), and a {@code vicvilWelcomed} attribute on services
 * whose welcome email went out (value: the lease uid), and a {@code vicvilOnuOff} attribute on the unit's latest
 * service not yet ended while vicvil keeps the unit's ONU disabled (value: the day it did; see {@link OnuMarkers}),
 * and a {@code vicvilInvoiceMailed} attribute on the complex's client (value: the months whose invoice billing mailed)
 * — durable records that survive a lost state store, so vicvil still knows which disables are its own to reverse and
 * which mails went out.
 */
public record VicvilAttributes(
        Optional<CustomAttribute> clientUnit,
        Optional<CustomAttribute> serviceUnit,
        Optional<CustomAttribute> serviceWelcomed,
        Optional<CustomAttribute> serviceOnuOff,
        Optional<CustomAttribute> clientInvoiceMailed) {
    /** The tag's key (and the name vicvil creates it under). */
    public static final String UNIT = "vicvilUnit";
    /** The welcome marker's key. */
    public static final String WELCOMED = "vicvilWelcomed";
    /** The ONU-disabled marker's key. */
    public static final String ONU_OFF = "vicvilOnuOff";
    /** The months whose invoice billing mailed to the complex, on the complex's client (comma-separated YYYY-MM). */
    public static final String INVOICE_MAILED = "vicvilInvoiceMailed";

    /** Reads which of the attributes exist (two list requests). */
    public static VicvilAttributes read(CrmApi crm) {
        List<CustomAttribute> client = crm.customAttributes("client");
        List<CustomAttribute> service = crm.customAttributes("service");
        return new VicvilAttributes(
                find(client, UNIT),
                find(service, UNIT),
                find(service, WELCOMED),
                find(service, ONU_OFF),
                find(client, INVOICE_MAILED));
    }

    /** Creates the missing attributes (a real run only; a dry run works with what exists). */
    public VicvilAttributes ensure(CrmApi crm) {
        return new VicvilAttributes(
                clientUnit.or(() -> Optional.of(crm.createCustomAttribute(UNIT, "client"))),
                serviceUnit.or(() -> Optional.of(crm.createCustomAttribute(UNIT, "service"))),
                serviceWelcomed.or(() -> Optional.of(crm.createCustomAttribute(WELCOMED, "service"))),
                serviceOnuOff.or(() -> Optional.of(crm.createCustomAttribute(ONU_OFF, "service"))),
                clientInvoiceMailed);
    }

    /** This set with the invoice-mailed marker created when missing (billing's mail only). */
    public VicvilAttributes withInvoiceMailed(CrmApi crm) {
        return new VicvilAttributes(
                clientUnit,
                serviceUnit,
                serviceWelcomed,
                serviceOnuOff,
                clientInvoiceMailed.or(() -> Optional.of(crm.createCustomAttribute(INVOICE_MAILED, "client"))));
    }

    private static Optional<CustomAttribute> find(List<CustomAttribute> attributes, String key) {
        return attributes.stream()
                .filter(attribute -> key.equals(attribute.key()) || key.equalsIgnoreCase(attribute.name()))
                .findFirst();
    }

    /** The key under which the client tag is read (the attribute's own key when it exists). */
    public String clientUnitKey() {
        return clientUnit.map(CustomAttribute::key).orElse(UNIT);
    }

    /** The key under which the service tag is read. */
    public String serviceUnitKey() {
        return serviceUnit.map(CustomAttribute::key).orElse(UNIT);
    }

    /** The key under which the welcome marker is read. */
    public String serviceWelcomedKey() {
        return serviceWelcomed.map(CustomAttribute::key).orElse(WELCOMED);
    }

    /** The key under which the invoice-mailed marker is read. */
    public String clientInvoiceMailedKey() {
        return clientInvoiceMailed.map(CustomAttribute::key).orElse(INVOICE_MAILED);
    }

    /** The key under which the ONU-disabled marker is read. */
    public String serviceOnuOffKey() {
        return serviceOnuOff.map(CustomAttribute::key).orElse(ONU_OFF);
    }
}
