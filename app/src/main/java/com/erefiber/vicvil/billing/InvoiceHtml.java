package com.erefiber.vicvil.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The printable one-page invoice ERE sends the complex: number {@code ERE-VV-YYYY-MM}, issuer and complex with their
 * addresses, a line per package, the total and the due date, and a bar chart of the units billed in the last months
 * that have data. Self-contained: inline CSS, no script, no external asset (it is mailed and printed).
 */
public final class InvoiceHtml {
    /** The chart shows at most this many months. */
    public static final int CHART_MONTHS = 12;

    private static final int BAR_HEIGHT_PX = 120;

    private InvoiceHtml() {}

    /** Who bills whom: the issuer's and the complex's names and addresses. */
    public record Parties(String issuerName, String issuerAddress, String complexName, String complexAddress) {}

    /** The invoice of {@code billed}, dated {@code invoiceDate} and due {@code dueDate}; {@code history} oldest first. */
    public static String render(
            BilledMonth billed, Parties parties, LocalDate invoiceDate, LocalDate dueDate, List<MonthCount> history) {
        Bill bill = billed.bill();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Invoice ")
                .append(escape(billed.invoiceNumber()))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<main class=\"invoice\">\n");
        html.append("<header>\n<div class=\"issuer\"><h1>")
                .append(escape(parties.issuerName()))
                .append("</h1><p>")
                .append(escape(parties.issuerAddress()))
                .append("</p></div>\n<div class=\"meta\"><h2>Invoice</h2>\n<table>\n");
        meta(html, "Number", "number", billed.invoiceNumber());
        meta(html, "Invoice date", "invoice-date", invoiceDate.toString());
        meta(html, "Due date", "due-date", dueDate.toString());
        meta(html, "Period", "period", monthName(bill.month()));
        html.append("</table></div>\n</header>\n");
        html.append("<section class=\"bill-to\"><h3>Bill to</h3><p class=\"complex\">")
                .append(escape(parties.complexName()))
                .append("</p><p>")
                .append(escape(parties.complexAddress()))
                .append("</p></section>\n");
        html.append("<table class=\"lines\">\n<thead><tr><th>Package</th><th class=\"num\">Units</th>"
                + "<th class=\"num\">Rate</th><th class=\"num\">Amount</th></tr></thead>\n<tbody>\n");
        boolean prorated = bill.countRule().equals("prorated");
        for (Bill.PackageLine line : bill.packages()) {
            html.append("<tr class=\"line\"><td class=\"package\">")
                    .append(escape(line.name()))
                    .append("</td><td class=\"num units\">")
                    .append(prorated ? line.quantity().toPlainString() : Integer.toString(line.units()))
                    .append("</td><td class=\"num rate\">")
                    .append(Money.format(line.rate()))
                    .append("</td><td class=\"num amount\">")
                    .append(Money.format(line.amount()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n<tfoot><tr><th colspan=\"3\">Total due</th><td class=\"num total\">")
                .append(Money.format(bill.total()))
                .append("</td></tr></tfoot>\n</table>\n");
        html.append("<p class=\"summary\">")
                .append(bill.occupiedUnits())
                .append(" of ")
                .append(bill.totalUnits())
                .append(" units occupied (")
                .append(escape(bill.countRule().replace('_', ' ')))
                .append("); internet is included in the tenants' rent. Figures: ")
                .append(escape(billed.source().label()))
                .append(".</p>\n");
        chart(html, history);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void meta(StringBuilder html, String label, String cssClass, String value) {
        html.append("<tr><th>")
                .append(label)
                .append("</th><td class=\"")
                .append(cssClass)
                .append("\">")
                .append(escape(value))
                .append("</td></tr>\n");
    }

    /** Bars as plain boxes sized in CSS (no script, no image): printable everywhere, readable as text too. */
    private static void chart(StringBuilder html, List<MonthCount> history) {
        if (history.isEmpty()) {
            return;
        }
        int highest = history.stream().mapToInt(MonthCount::occupied).max().orElse(1);
        html.append("<section class=\"chart\"><h3>Occupied units by month</h3>\n<div class=\"bars\">\n");
        for (MonthCount month : history) {
            long height = highest == 0 ? 0 : Math.round((double) month.occupied() * BAR_HEIGHT_PX / highest);
            html.append("<div class=\"bar\" data-month=\"")
                    .append(month.month())
                    .append("\" data-units=\"")
                    .append(month.occupied())
                    .append("\"><span class=\"value\">")
                    .append(month.occupied())
                    .append("</span><div class=\"fill\" style=\"height:")
                    .append(height)
                    .append("px\"></div><span class=\"label\">")
                    .append(month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.US))
                    .append(" ")
                    .append(month.month().getYear() % 100)
                    .append("</span></div>\n");
        }
        html.append("</div></section>\n");
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS =
            """
            @page { size: letter; margin: 18mm; }
            body { font-family: Helvetica, Arial, sans-serif; color: #222; margin: 0; }
            .invoice { max-width: 720px; margin: 24px auto; }
            header { display: flex; justify-content: space-between; align-items: flex-start; }
            h1 { font-size: 22px; margin: 0 0 4px; color: #0b5394; }
            h2 { font-size: 20px; margin: 0 0 6px; text-align: right; }
            h3 { font-size: 13px; text-transform: uppercase; color: #666; margin: 18px 0 4px; }
            p { margin: 2px 0; }
            .meta table { border-collapse: collapse; font-size: 13px; }
            .meta th { text-align: left; padding: 1px 12px 1px 0; color: #666; font-weight: normal; }
            .complex { font-weight: bold; }
            table.lines { width: 100%; border-collapse: collapse; margin-top: 18px; font-size: 14px; }
            table.lines th, table.lines td { padding: 6px 8px; border-bottom: 1px solid #ddd; text-align: left; }
            table.lines .num { text-align: right; }
            table.lines tfoot th, table.lines tfoot td { font-size: 16px; font-weight: bold; border-bottom: none; }
            table.lines tfoot th { text-align: right; }
            .summary { font-size: 12px; color: #555; margin-top: 8px; }
            .bars { display: flex; align-items: flex-end; gap: 6px; height: 160px; border-bottom: 1px solid #999; }
            .bar { display: flex; flex-direction: column; align-items: center; justify-content: flex-end; width: 44px; }
            .bar .fill { width: 28px; background: #0b5394; }
            .bar .value { font-size: 11px; }
            .bar .label { font-size: 10px; color: #555; margin-top: 2px; white-space: nowrap; }
            """;
}
