package com.erefiber.vicvil.billing;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.core.JobRun;
import com.erefiber.vicvil.core.JobSkeleton;
import com.erefiber.vicvil.core.plan.NoticeReport;
import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.FileErrors;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.http.Json;
import com.erefiber.vicvil.store.BilledMonthRecord;
import com.erefiber.vicvil.store.Provisioned;
import com.erefiber.vicvil.store.StateStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@code vicvil billing} (DESIGN §2, Billing): the month's bill to the complex, in arrears. A month that is over is
 * frozen in the store the first time it is billed, so that billing it again later gives the same answer; a month the
 * store does not hold is computed from Innago and UISP (and called "recomputed" when that happens after its billing
 * month). {@link BillingWrites} makes the UISP invoice and the mail.
 */
public final class BillingJob {
    private final JobRun run;

    public BillingJob(JobRun run) {
        this.run = run;
    }

    /** The output formats. */
    public enum Format {
        TEXT,
        CSV,
        JSON,
        HTML
    }

    /** What the command asks for. */
    public record Request(
            YearMonth month,
            ZonedDateTime asOf,
            Format format,
            Optional<Path> output,
            boolean createInvoice,
            boolean issue,
            boolean email,
            boolean resend) {}

    /** Bills the month; returns the exit code. */
    public int run(Request request) {
        AppContext context = run.context();
        AppConfig config = context.config();
        Console console = context.console();
        LocalDate today = request.asOf().toLocalDate();
        YearMonth month = request.month();
        boolean inProgress = month.equals(YearMonth.from(today));
        if (inProgress && (request.createInvoice() || request.email())) {
            throw new VicvilException(
                    ExitCodes.USAGE,
                    "billing is in arrears: " + month + " is not over until " + month.atEndOfMonth()
                            + "; invoice or mail it from " + month.plusMonths(1).atDay(1) + " on");
        }
        Optional<StateStore> store = run.dryRun() ? context.storeForDryRun() : Optional.of(context.store());
        List<Notice> notices = new ArrayList<>();
        BillingWrites writes = new BillingWrites(run, config, store, month);
        if (!run.dryRun()) {
            writes.noteInterruptedMail();
            notices.addAll(JobSkeleton.reconcileUnfinished(run));
        }
        Optional<BilledMonthRecord> frozen =
                store.flatMap(opened -> opened.billing().find(month));
        BilledMonth billed;
        if (frozen.isPresent()) {
            billed = thaw(frozen.get());
        } else {
            BillCalculator.Result result = compute(request, month, inProgress, store);
            notices.addAll(result.notices());
            BilledMonth.Source source = inProgress
                    ? BilledMonth.Source.IN_PROGRESS
                    // billed after its billing month (the month after it): the store lost it, or never had it
                    : month.isBefore(YearMonth.from(today).minusMonths(1))
                            ? BilledMonth.Source.RECOMPUTED
                            : BilledMonth.Source.NEW;
            billed = new BilledMonth(result.bill(), source, Optional.empty());
            if (!inProgress && !run.dryRun() && notices.stream().noneMatch(Notice::needsAttention)) {
                BilledMonthRecord record = store.orElseThrow()
                        .billing()
                        .freeze(
                                month,
                                json(result.bill()),
                                result.bill().occupiedUnits(),
                                result.bill().total(),
                                source == BilledMonth.Source.RECOMPUTED);
                billed = new BilledMonth(result.bill(), source, Optional.of(record.frozenAt()));
                frozen = Optional.of(record);
            }
        }
        NoticeReport.print(notices, console);
        boolean attention = notices.stream().anyMatch(Notice::needsAttention);
        InvoiceHtml.Parties parties = new InvoiceHtml.Parties(
                config.billing().issuerName(),
                config.billing().issuerAddress(),
                config.complex().name(),
                config.complex().address());
        String html =
                InvoiceHtml.render(billed, parties, invoiceDate(month), dueDate(month, config), history(store, billed));
        output(request, billed, html, config);
        if (request.createInvoice() || request.email()) {
            if (frozen.isEmpty() && !run.dryRun()) {
                console.attention("the bill of " + month + " was not frozen (see above): nothing invoiced or mailed;"
                        + " fix the data and bill the month again");
                return ExitCodes.ATTENTION;
            }
            if (request.createInvoice()) {
                writes.createInvoice(billed, request.issue(), dueDate(month, config));
            }
            if (request.email() && !writes.email(billed, html, request.resend())) {
                attention = true;
            }
        }
        return attention ? ExitCodes.ATTENTION : ExitCodes.OK;
    }

    private BillCalculator.Result compute(
            Request request, YearMonth month, boolean inProgress, Optional<StateStore> store) {
        AppContext context = run.context();
        LocalDate countThrough = inProgress ? request.asOf().toLocalDate() : month.atEndOfMonth();
        // What sync-leases provisioned tells the lease reader which buildings the owner's list must cover.
        Collection<Provisioned> known = store.filter(StateStore::isCurrent)
                .map(opened -> opened.leaseMemory().load().provisioned())
                .orElse(List.of());
        BillingInput input = new BillingReader(
                        context.config(), context.inventory(), context.leaseReader(), context.uispReads())
                .read(month, countThrough, known);
        return BillCalculator.bill(input);
    }

    /** The invoice is dated the 1st of the month after the billed one: the same date whenever it is (re)made. */
    static LocalDate invoiceDate(YearMonth month) {
        return month.plusMonths(1).atDay(1);
    }

    static LocalDate dueDate(YearMonth month, AppConfig config) {
        return invoiceDate(month).plusDays(config.billing().dueDays());
    }

    /** Units billed in the frozen months up to this one (the chart), this month's figure included. */
    private static List<MonthCount> history(Optional<StateStore> store, BilledMonth billed) {
        YearMonth month = billed.bill().month();
        List<MonthCount> counts = new ArrayList<>();
        store.ifPresent(opened -> opened.billing().history(month.minusMonths(1), InvoiceHtml.CHART_MONTHS).stream()
                .filter(record -> !record.month().isBefore(month.minusMonths(InvoiceHtml.CHART_MONTHS - 1)))
                .forEach(record -> counts.add(new MonthCount(record.month(), record.occupied()))));
        counts.add(new MonthCount(month, billed.bill().occupiedUnits()));
        return counts;
    }

    private void output(Request request, BilledMonth billed, String html, AppConfig config) {
        String text =
                switch (request.format()) {
                    case TEXT -> {
                        java.io.StringWriter buffer = new java.io.StringWriter();
                        BillText.print(
                                billed,
                                config.billing().issuerName(),
                                config.complex().name(),
                                new java.io.PrintWriter(buffer));
                        yield buffer.toString();
                    }
                    case CSV -> BillCsv.of(billed.bill());
                    case JSON -> prettyJson(billed) + "\n";
                    case HTML -> html;
                };
        if (request.output().isPresent()) {
            Path file = request.output().get();
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new VicvilException(ExitCodes.USAGE, "--output " + file + ": " + FileErrors.reason(e), e);
            }
            run.context().console().info("wrote " + file);
        } else {
            run.context().console().out().print(text);
            run.context().console().out().flush();
        }
    }

    private static BilledMonth thaw(BilledMonthRecord record) {
        try {
            Bill bill = Json.mapper().readValue(record.billJson(), Bill.class);
            return new BilledMonth(
                    bill,
                    record.recomputed() ? BilledMonth.Source.RECOMPUTED : BilledMonth.Source.FROZEN,
                    Optional.of(record.frozenAt()));
        } catch (JsonProcessingException e) {
            throw new VicvilException(
                    ExitCodes.CONFIG,
                    "the state store's frozen bill of " + record.month() + " cannot be read (" + e.getOriginalMessage()
                            + ")",
                    e);
        }
    }

    private static String json(Bill bill) {
        try {
            return Json.mapper().writeValueAsString(bill);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bill always serializes", e);
        }
    }

    private static String prettyJson(BilledMonth billed) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(billed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bill always serializes", e);
        }
    }
}
