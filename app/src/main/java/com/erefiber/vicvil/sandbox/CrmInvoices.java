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
import com.erefiber.vicvil.sandbox.UispState.CrmInvoice;
import com.erefiber.vicvil.sandbox.UispState.InvoiceItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Invoices of the fake CRM: created for a client with custom items (a draft or not), listed by number and client. */
final class CrmInvoices extends CrmPart {
    CrmInvoices(World world, ObjectMapper mapper) {
        super(world, mapper);
    }

    @Override
    List<Route> routes() {
        return List.of(
                get("/invoices", this::listInvoices),
                get("/invoices/{id}", r -> json(200, render(found(uisp.invoices, r)))),
                post(
                        "/clients/{id}/invoices",
                        r -> created("/clients/invoices/", render(createInvoice(found(uisp.clients, r), body(r))))));
    }

    private FakeReply listInvoices(FakeRequest request) {
        Optional<Long> clientId = request.param("clientId", Long::parseLong);
        Optional<String> number = request.param("number").map(n -> n.toLowerCase(Locale.ROOT));
        List<Integer> statuses = request.array("statuses").stream()
                .map(s -> parse(s, Integer::parseInt))
                .toList();
        Optional<LocalDate> from = request.param("createdDateFrom", LocalDate::parse);
        Optional<LocalDate> to = request.param("createdDateTo", LocalDate::parse);
        List<CrmInvoice> matches = uisp.invoices.values().stream()
                .filter(i -> clientId.isEmpty() || i.clientId == clientId.get())
                // "Search by invoice number": a substring match, so callers must compare the number themselves
                .filter(i -> number.isEmpty()
                        || (i.number != null
                                && i.number.toLowerCase(Locale.ROOT).contains(number.get())))
                .filter(i -> statuses.isEmpty() || statuses.contains(i.status))
                .filter(i -> from.isEmpty()
                        || !LocalDate.ofInstant(i.createdDate, ZONE).isBefore(from.get()))
                .filter(i -> to.isEmpty()
                        || !LocalDate.ofInstant(i.createdDate, ZONE).isAfter(to.get()))
                .sorted(idOrder(request, (CrmInvoice i) -> i.id))
                .toList();
        return list(page(matches, request), this::render);
    }

    /** Creates an invoice with custom items ({@code InvoiceNew}); a draft keeps status 0. */
    CrmInvoice createInvoice(Client client, JsonNode body) {
        JsonNode items = body.path("items");
        if (!items.isArray() || items.isEmpty()) {
            throw FakeApiException.invalid("items", "This value should not be blank.");
        }
        List<InvoiceItem> lines = new ArrayList<>();
        for (JsonNode item : items) {
            String label = requiredText(item, "label");
            BigDecimal price = decimal(item, "price")
                    .orElseThrow(() -> FakeApiException.invalid("price", "This value should not be blank."));
            lines.add(new InvoiceItem(
                    uisp.next("invoiceItem"),
                    label,
                    price,
                    decimal(item, "quantity").orElse(BigDecimal.ONE),
                    text(item, "unit").orElse(null)));
        }
        boolean draft = bool(body, "draft").orElse(false);
        Optional<String> number = text(body, "number");
        if (number.isPresent()
                && uisp.invoices.values().stream().anyMatch(i -> number.get().equals(i.number))) {
            throw FakeApiException.invalid("number", "This invoice number is already used.");
        }
        long id = uisp.next("invoice");
        String assigned = number.orElse(draft ? null : String.format("%06d", id));
        ObjectNode fields = object();
        copyFields(body, fields, List.of("notes", "adminNotes"));
        CrmInvoice invoice = new CrmInvoice(
                id,
                client.id,
                assigned,
                draft ? 0 : 1,
                date(body, "createdDate").orElse(world.now()),
                integer(body, "maturityDays").orElse(14L).intValue(),
                fields,
                lines);
        uisp.invoices.put(invoice.id, invoice);
        return invoice;
    }

    private ObjectNode render(CrmInvoice invoice) {
        Client client = uisp.clients.get(invoice.clientId);
        BigDecimal total = invoice.total();
        ObjectNode node = object().put("id", invoice.id)
                .put("clientId", invoice.clientId)
                .put("number", invoice.number)
                .put("createdDate", Dates.crm(invoice.createdDate));
        node.putNull("emailSentDate");
        node.put("maturityDays", invoice.maturityDays)
                .put("notes", invoice.fields.path("notes").asText(null))
                .put("adminNotes", invoice.fields.path("adminNotes").asText(null))
                .put("organizationName", "ERE Fiber")
                .put("clientFirstName", client.fields.path("firstName").asText(null))
                .put("clientLastName", client.fields.path("lastName").asText(null))
                .put("clientCompanyName", client.fields.path("companyName").asText(null))
                .put("clientStreet1", client.fields.path("street1").asText(null))
                .put("clientCity", client.fields.path("city").asText(null))
                .put("clientZipCode", client.fields.path("zipCode").asText(null))
                .put("proforma", false)
                .put("dueDate", Dates.crmDay(invoice.createdDate.plus(invoice.maturityDays, ChronoUnit.DAYS), ZONE))
                .put("taxableSupplyDate", Dates.crmDay(invoice.createdDate, ZONE));
        ArrayNode items = node.putArray("items");
        for (InvoiceItem item : invoice.items) {
            ObjectNode line = items.addObject().put("id", item.id());
            line.putNull("serviceId");
            line.putNull("serviceSurchargeId");
            line.putNull("productId");
            line.putNull("feeId");
            line.put("label", item.label())
                    .put("price", item.price())
                    .put("quantity", item.quantity())
                    .put("unit", item.unit())
                    .put("total", item.total())
                    .put("type", "custom");
        }
        boolean paid = invoice.status == 3;
        node.put("subtotal", total);
        node.putArray("taxes");
        node.put("total", total)
                .put("amountPaid", paid ? total : BigDecimal.ZERO)
                .put("amountToPay", paid ? BigDecimal.ZERO : total)
                .put("totalUntaxed", total)
                .put("totalDiscount", 0)
                .put("totalTaxAmount", 0)
                .put("currencyCode", "USD")
                .put("status", invoice.status);
        node.putArray("paymentCovers");
        node.put("uncollectible", false);
        node.putNull("proformaInvoiceId");
        node.putNull("generatedInvoiceId");
        node.putArray("attributes");
        node.put("appliedVatReverseCharge", false);
        return node;
    }
}
