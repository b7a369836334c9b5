package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.billing.BillingJob;
import com.erefiber.vicvil.billing.BillingMonths;
import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.AsOf;
import com.erefiber.vicvil.core.JobRunner;
import com.erefiber.vicvil.domain.Job;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vicvil billing}: the month's bill to the complex (in arrears), and optionally its UISP invoice and mail. */
@Command(
        name = "billing",
        mixinStandardHelpOptions = true,
        description = "Bill the complex for a month, in arrears: the occupied units by billing.count_rule, priced at "
                + "each unit's package rate, with a line per package. A month that is over is frozen in the state "
                + "store the first time, so billing it again gives the same answer.")
final class BillingCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LockOptions lock;

    @Option(
            names = "--month",
            paramLabel = "MONTH",
            defaultValue = "previous",
            description = "previous (default), current (so far; never frozen) or YYYY-MM; a future month exits 2.")
    private String month;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (the seed's report, default), csv (a row per billed unit), json, or html (the "
                    + "printable invoice).")
    private BillingJob.Format format;

    @Option(names = "--json", description = "The same as --format json.")
    private boolean json;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the bill to FILE instead of stdout.")
    private Path output;

    @Option(
            names = "--as-of",
            paramLabel = "WHEN",
            description = "Act as if it were then: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], in the complex's time zone.")
    private String asOf;

    @Option(
            names = "--create-invoice",
            description = "Create the month's UISP invoice ERE-VV-YYYY-MM for complex.client_id (once: an invoice "
                    + "with that number is never made twice), as a draft.")
    private boolean createInvoice;

    @Option(names = "--issue", description = "With --create-invoice: issue the invoice instead of leaving a draft.")
    private boolean issue;

    @Option(
            names = "--email",
            description = "Mail the invoice (HTML, the billed units as CSV attached) to complex.billing_email, once "
                    + "per month.")
    private boolean email;

    @Option(names = "--resend", description = "With --email: send it again although it was sent.")
    private boolean resend;

    @Option(names = "--dry-run", description = "Print the bill and what would be done; write nothing anywhere.")
    private boolean dryRun;

    @Override
    public Integer call() {
        if (issue && !createInvoice) {
            throw new ParameterException(spec.commandLine(), "--issue goes with --create-invoice");
        }
        if (resend && !email) {
            throw new ParameterException(spec.commandLine(), "--resend goes with --email");
        }
        if (json && format != BillingJob.Format.TEXT && format != BillingJob.Format.JSON) {
            throw new ParameterException(spec.commandLine(), "--json is --format json: give one of them");
        }
        AppContext context = root.context();
        // Flags are checked before the run takes the lock or opens the store, so a typo (or a future month) creates
        // nothing.
        ZonedDateTime when =
                AsOf.resolve(Optional.ofNullable(asOf), context.config().zone(), context.clock());
        YearMonth billed = BillingMonths.resolve(month, when.toLocalDate());
        BillingJob.Request request = new BillingJob.Request(
                billed,
                when,
                json ? BillingJob.Format.JSON : format,
                Optional.ofNullable(output),
                createInvoice,
                issue,
                email,
                resend);
        return new JobRunner(context, lock.waitSeconds)
                .run(Job.BILLING.label(), dryRun, run -> new BillingJob(run).run(request));
    }
}
