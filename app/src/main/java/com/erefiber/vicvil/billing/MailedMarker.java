package com.erefiber.vicvil.billing;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.uisp.crm.model.AttributeValue;
import com.erefiber.vicvil.uisp.crm.model.ClientWrite;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The months whose invoice billing mailed to the complex, as the {@code vicvilInvoiceMailed} attribute of the
 * complex's UISP client ({@code complex.client_id}) records them: the durable record that keeps a lost store from
 * mailing an invoice twice. Without {@code complex.client_id} there is no such client and only the store remembers.
 */
record MailedMarker(long clientId, Set<YearMonth> months) {

    MailedMarker {
        months = Set.copyOf(months);
    }

    /** The marker as UISP has it now (one client list, already shared with the run); empty without a complex client. */
    static Optional<MailedMarker> read(AppContext context, AppConfig config) {
        return config.complex().clientId().map(id -> {
            String key = context.uispReads().attributes().clientInvoiceMailedKey();
            Set<YearMonth> months = context.uispReads().clients().stream()
                    .filter(client -> client.id() == id)
                    .findFirst()
                    .flatMap(client -> client.attribute(key))
                    .map(MailedMarker::parse)
                    .orElse(Set.of());
            return new MailedMarker(id, months);
        });
    }

    /** Adds {@code month} to the marker (creating the attribute when missing). */
    void add(AppContext context, YearMonth month) {
        VicvilAttributes attributes = context.uispReads()
                .attributes()
                .withInvoiceMailed(context.uisp().crm());
        Set<YearMonth> all = new TreeSet<>(months);
        all.add(month);
        String value = all.stream().map(YearMonth::toString).collect(Collectors.joining(","));
        context.uisp()
                .crm()
                .patchClient(
                        clientId,
                        ClientWrite.builder()
                                .attributes(List.of(new AttributeValue(
                                        attributes
                                                .clientInvoiceMailed()
                                                .orElseThrow()
                                                .id(),
                                        value)))
                                .build());
    }

    /** "2026-10,2026-11" → the months; text that is not a month is ignored (someone edited it by hand). */
    private static Set<YearMonth> parse(String text) {
        Set<YearMonth> months = new TreeSet<>();
        Arrays.stream(text.split(",")).map(String::strip).forEach(part -> {
            try {
                months.add(YearMonth.parse(part));
            } catch (DateTimeParseException e) {
                // not one of ours: left out
            }
        });
        return months;
    }
}
