package com.erefiber.vicvil.tickets;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.tickets.SyncTicketsInput.Request;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** What sync-tickets writes on tickets: subjects, the forwarded request, and the answers to tenants. */
final class TicketTexts {
    /** The welcome email's router advice (templates/welcome.txt), repeated where a faster package is granted. */
    static final String ROUTER_NOTE = "A router is not included: use your own WiFi router, plugged into the fiber"
            + " jack. Recommended: TP-Link Archer AX55 - $70"
            + " (https://www.amazon.com/TP-Link-WiFi-AX3000-Smart-Router/dp/B09G5W9R6R); for full Village Fiber 2G"
            + " speeds you'll need the Pro model (https://www.amazon.com/TP-Link-AX3000-Archer-AX55-Pro/dp/B0BTD7V93F).";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private TicketTexts() {}

    /** {@code [300 S Harper #4] WiFi keeps dropping}. */
    static String subject(UnitKey unit, String title) {
        return "[" + unit + "] " + title;
    }

    /** The forwarded ticket's first comment: the marker, who, where, which ONU, why (if said), the description. */
    static String forwarded(Request request, Optional<String> why) {
        StringBuilder text = new StringBuilder(TicketMarker.of(request.uid()))
                .append("\nTenant: ")
                .append(request.tenant().isBlank() ? "(not named)" : request.tenant())
                .append("\nUnit: ")
                .append(request.unit());
        if (!request.unitKnown()) {
            text.append(" (as Innago names it: the inventory has no such unit)");
        }
        text.append("\nONU: ")
                .append(request.onuName().orElse("none known"))
                .append(request.onuLink().map(link -> " " + link).orElse(""));
        why.ifPresent(
                reason -> text.append("\nForwarded for a person to decide: ").append(reason));
        return text.append("\n\n")
                .append(request.description().isBlank() ? "(no description)" : request.description())
                .toString();
    }

    /** The answer to a granted package change. */
    static String changed(AppConfig.Package pkg, YearMonth from) {
        String price = pkg.tenantAddon().signum() > 0
                ? "The add-on is " + dollars(pkg.tenantAddon()) + " a month, billed as its own monthly invoice in"
                        + " Innago from " + MONTH.format(from) + " (no proration)."
                : "It is included with your rent; any add-on invoices stop from next month.";
        return "Your internet is now on " + pkg.name() + " (" + pkg.speedDown() + "/" + pkg.speedUp() + " Mbps). "
                + price + " " + ROUTER_NOTE + " (ERE Fiber, answered by vicvil)";
    }

    /** The answer to a refused package change. */
    static String refused(String packageName, String reason) {
        return "Your request to change to " + packageName + " was not approved: " + reason
                + " (ERE Fiber, answered by vicvil)";
    }

    /** Innago's comment when ERE solved the forwarded ticket. */
    static String solvedInUisp(long ticketId) {
        return "ERE Fiber marked this internet issue solved (UISP ticket #" + ticketId + "). Reopen this request if"
                + " the problem is back.";
    }

    /** UISP's comment when the tenant reopened the request in Innago. */
    static String reopenedInInnago(String maintenanceUid) {
        return "Reopened: the Innago request " + maintenanceUid + " was reopened (by the tenant or the landlord).";
    }

    /** UISP's comment when the landlord resolved the request in Innago. */
    static String resolvedInInnago(String maintenanceUid) {
        return "Solved: the Innago request " + maintenanceUid + " was marked resolved in Innago.";
    }

    private static String dollars(BigDecimal amount) {
        return "$" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
