package com.erefiber.vicvil.billing;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.core.JobRun;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.mail.Attachment;
import com.erefiber.vicvil.mail.MailException;
import com.erefiber.vicvil.mail.SmtpMailer;
import com.erefiber.vicvil.store.BilledMonthRecord;
import com.erefiber.vicvil.store.Journal;
import com.erefiber.vicvil.store.JournalEntry;
import com.erefiber.vicvil.store.JournalOutcome;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.uisp.crm.CrmApi;
import com.erefiber.vicvil.uisp.crm.model.Invoice;
import com.erefiber.vicvil.uisp.crm.model.NewInvoice;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * billing's two writes, each journaled before and after, none in a dry run: the month's UISP CRM invoice for the
 * complex's client (looked up by its number first, so even a lost store never duplicates it) and the invoice mail to
 * {@code complex.billing_email} (once per month, recorded in the store; {@code --resend} sends it again).
 */
final class BillingWrites {
    static final String CREATE_INVOICE = "create-invoice";
    static final String EMAIL_INVOICE = "email-invoice";

    private final JobRun run;
    private final AppConfig config;
    private final Optional<StateStore> store;
    private final YearMonth month;
    private final Console console;
    private boolean mailInterrupted;

    BillingWrites(JobRun run, AppConfig config, Optional<StateStore> store, YearMonth month) {
        this.run = run;
        this.config = config;
        this.store = store;
        this.month = month;
        this.console = run.context().console();
    }

    /**
     * Notes a mail of this month that an earlier run began and never finished (killed between the journal entry and
     * SMTP's answer): it may have gone out, so it is not sent again without {@code --resend}. Call it before the
     * pending entries are closed.
     */
    void noteInterruptedMail() {
        String number = BilledMonth.invoiceNumber(month);
        mailInterrupted =
                store.orElseThrow().journal().pendingFor(run.job()).stream().anyMatch(entry -> isMailOf(entry, number));
    }

    private static boolean isMailOf(JournalEntry entry, String number) {
        return entry.action().equals(EMAIL_INVOICE) && entry.reason().startsWith(number);
    }

    /** Makes the month's invoice in UISP unless one with its number exists. */
    void createInvoice(BilledMonth billed, boolean issue, LocalDate dueDate) {
        long clientId = config.complex()
                .clientId()
                .orElseThrow(() -> new VicvilException(
                        ExitCodes.CONFIG,
                        "--create-invoice needs complex.client_id in " + config.file()
                                + " (the UISP client ERE bills for the complex)"));
        String number = billed.invoiceNumber();
        CrmApi crm = run.context().uisp().crm();
        // The number filter is a search (UNCONFIRMED whether exact or a substring): compare the number ourselves.
        Optional<Invoice> existing = crm.invoicesByNumber(number).stream()
                .filter(invoice -> number.equalsIgnoreCase(invoice.number()))
                .findFirst();
        if (existing.isPresent()) {
            Invoice found = existing.get();
            console.info("invoice " + number + " already exists in UISP (id " + found.id() + ", "
                    + (found.status() == Invoice.DRAFT ? "draft" : "issued") + "): not created again");
            if (!run.dryRun() && !record().flatMap(BilledMonthRecord::invoiceId).equals(Optional.of(found.id()))) {
                store.orElseThrow().billing().recordInvoice(month, found.id());
            }
            return;
        }
        Bill bill = billed.bill();
        String what = number + " for client " + clientId + ": " + Money.format(bill.total()) + ", "
                + (issue ? "issued" : "draft");
        if (run.dryRun()) {
            console.info("would create invoice " + what);
            return;
        }
        NewInvoice invoice = new NewInvoice(
                number,
                items(bill),
                !issue,
                (int) java.time.temporal.ChronoUnit.DAYS.between(BillingJob.invoiceDate(month), dueDate),
                config.complex().name() + ", " + month + ": " + bill.occupiedUnits() + " of " + bill.totalUnits()
                        + " units occupied (" + bill.countRule() + ")",
                BillingJob.invoiceDate(month).atStartOfDay(config.zone()).toOffsetDateTime());
        Journal journal = store.orElseThrow().journal();
        long entry = journal.begin(run.runId().orElseThrow(), run.job(), CREATE_INVOICE, what);
        long id;
        try {
            id = crm.createInvoice(clientId, invoice);
        } catch (RuntimeException e) {
            journal.finish(entry, JournalOutcome.FAILED, e.getMessage());
            throw e;
        }
        store.orElseThrow().billing().recordInvoice(month, id);
        journal.finish(entry, JournalOutcome.DONE, "invoice " + id);
        console.info("created invoice " + what + " (id " + id + ")");
    }

    /**
     * The invoice's lines: a line per package at its rate (prorated: the package's amount once, since each unit's
     * share is rounded to the cent), so that UISP's total is the bill's.
     */
    private static List<NewInvoice.Item> items(Bill bill) {
        boolean prorated = bill.countRule().equals("prorated");
        String period = bill.month().getMonthValue() + "/" + bill.month().getYear();
        return bill.packages().stream()
                .map(line -> prorated
                        ? new NewInvoice.Item(
                                line.name() + " - " + period + " (" + line.units() + " units, "
                                        + line.quantity().toPlainString() + " unit-months)",
                                line.amount(),
                                BigDecimal.ONE)
                        : new NewInvoice.Item(
                                line.name() + " - " + period, line.rate(), BigDecimal.valueOf(line.units())))
                .toList();
    }

    /** Mails the invoice (HTML, CSV attached) once; false when it failed or may have gone out already. */
    boolean email(BilledMonth billed, String html, boolean resend) {
        AppConfig.Email email = config.email()
                .orElseThrow(() -> new VicvilException(
                        ExitCodes.CONFIG, "--email needs the email section (SMTP) in " + config.file()));
        String to = config.complex()
                .billingEmail()
                .orElseThrow(() -> new VicvilException(
                        ExitCodes.CONFIG, "--email needs complex.billing_email in " + config.file()));
        String number = billed.invoiceNumber();
        Optional<java.time.Instant> sent = record().flatMap(BilledMonthRecord::emailedAt);
        if (sent.isPresent() && !resend) {
            console.info("invoice " + number + " was mailed to the complex at " + sent.get()
                    + ": not sent again (--resend sends it again)");
            return true;
        }
        Optional<MailedMarker> marker = MailedMarker.read(run.context(), config);
        if (!resend && marker.filter(found -> found.months().contains(month)).isPresent()) {
            console.info("invoice " + number + " was mailed to the complex (UISP's " + VicvilAttributes.INVOICE_MAILED
                    + " marker on client " + marker.get().clientId() + "): not sent again (--resend sends it again)");
            if (!run.dryRun()) {
                store.orElseThrow().billing().recordEmailed(month);
            }
            return true;
        }
        if (mailInterrupted && !resend) {
            console.attention("an earlier run stopped while mailing invoice " + number + " to " + to
                    + ": it may have gone out; check, and use --resend to send it again");
            return false;
        }
        if (run.dryRun()) {
            console.info("would mail invoice " + number + " to " + to);
            return true;
        }
        Journal journal = store.orElseThrow().journal();
        long entry = journal.begin(run.runId().orElseThrow(), run.job(), EMAIL_INVOICE, number + " to " + to);
        try {
            new SmtpMailer(email)
                    .sendHtml(
                            to,
                            "Invoice " + number + " - " + config.complex().name() + " internet, "
                                    + billed.bill().month(),
                            html,
                            List.of(new Attachment(
                                    number + ".csv",
                                    "text/csv; charset=UTF-8",
                                    BillCsv.of(billed.bill()).getBytes(StandardCharsets.UTF_8))));
        } catch (MailException e) {
            journal.finish(entry, JournalOutcome.FAILED, e.getMessage());
            console.error(e.getMessage());
            return false;
        }
        store.orElseThrow().billing().recordEmailed(month);
        journal.finish(entry, JournalOutcome.DONE, "accepted by " + email.smtpHost());
        console.info("mailed invoice " + number + " to " + to);
        // The store says so now; the marker says so after the store is lost (DESIGN §5: no mail sent twice).
        marker.ifPresent(found -> {
            try {
                found.add(run.context(), month);
            } catch (RuntimeException e) {
                console.attention("invoice " + number + " was mailed, but the " + VicvilAttributes.INVOICE_MAILED
                        + " marker on client " + found.clientId() + " was not written: " + e.getMessage());
            }
        });
        return true;
    }

    private Optional<BilledMonthRecord> record() {
        return store.flatMap(opened -> opened.billing().find(month));
    }
}
