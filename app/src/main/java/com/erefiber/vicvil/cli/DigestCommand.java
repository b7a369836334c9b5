package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.AsOf;
import com.erefiber.vicvil.digest.Digest;
import com.erefiber.vicvil.digest.DigestText;
import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.mail.SmtpMailer;
import com.erefiber.vicvil.status.LiveDrift;
import com.erefiber.vicvil.status.StatusReport;
import com.erefiber.vicvil.store.HoldsFile;
import com.erefiber.vicvil.store.JournalQuery;
import com.erefiber.vicvil.store.StateStore;
import com.erefiber.vicvil.store.UnitSeen;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vicvil digest}: the daily summary for the operator, mailed to {@code email.operator} (read-only otherwise). */
@Command(
        name = "digest",
        mixinStandardHelpOptions = true,
        description = "Mail the operator (email.operator) what vicvil did since yesterday: actions, failures, jobs"
                + " without a good run, units not enforced, and the drift status --drift finds. Writes nothing else.")
final class DigestCommand implements Callable<Integer> {
    /** Far more journal entries than a day of 118 units makes. */
    private static final int JOURNAL_LIMIT = 100_000;

    @ParentCommand
    private VicvilCommand root;

    @Option(
            names = "--since",
            paramLabel = "WHEN",
            description = "The period's start: YYYY-MM-DD or YYYY-MM-DDTHH:MM in the complex's time zone"
                    + " (default: yesterday 00:00).")
    private String since;

    @Option(names = "--dry-run", description = "Print the digest on stdout instead of mailing it.")
    private boolean dryRun;

    @Option(names = "--no-drift", description = "Leave out the drift (no request to Innago or UISP).")
    private boolean noDrift;

    @Override
    public Integer call() {
        AppContext context = root.context();
        AppConfig config = context.config();
        Optional<String> operator = config.email().flatMap(AppConfig.Email::operator);
        if (!dryRun && operator.isEmpty()) {
            throw new VicvilException(
                    ExitCodes.CONFIG,
                    "digest needs email.operator (and the email section) in " + config.file()
                            + "; --dry-run prints it instead");
        }
        ZonedDateTime now = ZonedDateTime.now(context.clock().withZone(config.zone()));
        Instant from = Optional.ofNullable(since)
                .map(text -> AsOf.resolve(Optional.of(text), config.zone(), context.clock()))
                .orElseGet(() -> now.toLocalDate().minusDays(1).atStartOfDay(config.zone()))
                .toInstant();
        Optional<StateStore> store = context.existingStore().filter(StateStore::isCurrent);
        Digest digest = Digest.of(new Digest.Input(
                from,
                now.toInstant(),
                now.toLocalDate(),
                store.map(opened -> opened.journal()
                                .list(new JournalQuery(
                                        Optional.empty(), Optional.empty(), Optional.of(from), JOURNAL_LIMIT)))
                        .orElse(List.of()),
                store.map(opened -> opened.runs().since(from)).orElse(List.of()),
                context.inventory().rows(),
                store.map(opened -> opened.seen().load().stream()
                                .collect(Collectors.toMap(UnitSeen::unit, Function.identity())))
                        .orElse(Map.of()),
                store.map(opened -> StatusReport.RentSide.newestPerUnit(
                                opened.rent().load().values()))
                        .orElse(Map.of()),
                new HoldsFile(config.holdsPath()).load(),
                noDrift ? Optional.empty() : Optional.of(drift(context, now))));
        String subject = DigestText.subject(digest, config.zone());
        String body = DigestText.body(digest, config.zone());
        if (dryRun) {
            context.console().out().println(subject);
            context.console().out().println();
            context.console().out().print(body);
            context.console().out().flush();
        } else {
            new SmtpMailer(config.email().orElseThrow()).send(operator.orElseThrow(), subject, body);
            context.console().info("digest mailed to " + operator.orElseThrow());
        }
        return ExitCodes.OK;
    }

    /** The drift, one line per mismatch; a read that fails is told in the digest instead of stopping it. */
    private static List<String> drift(AppContext context, ZonedDateTime now) {
        try {
            return LiveDrift.read(context, now).stream()
                    .map(found -> found.unit() + ": " + found.what() + " (fix: " + found.fix() + ")")
                    .toList();
        } catch (VicvilException e) {
            return List.of("could not be read: " + e.getMessage());
        }
    }
}
