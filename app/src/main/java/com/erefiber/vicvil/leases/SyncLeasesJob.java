package com.erefiber.vicvil.leases;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.core.AppContext;
import com.erefiber.vicvil.core.JobRun;
import com.erefiber.vicvil.core.JobSkeleton;
import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.core.plan.Plan;
import com.erefiber.vicvil.core.world.SiteExecutor;
import com.erefiber.vicvil.core.world.UnitPictures;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.mail.Mailer;
import com.erefiber.vicvil.mail.SmtpMailer;
import com.erefiber.vicvil.mail.WelcomeEmail;
import com.erefiber.vicvil.store.LeaseMemory;
import com.erefiber.vicvil.store.StateStore;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * sync-leases (DESIGN §2–§4): read Innago and UISP in bulk, plan with {@link SyncLeasesPlanner}, then print
 * the plan (dry run), refuse it (a tripped guard, exit 4), or apply it with the journal.
 */
public final class SyncLeasesJob {
    private final JobRun run;

    public SyncLeasesJob(JobRun run) {
        this.run = run;
    }

    /** Runs the job for {@code asOf}; the plan goes to stdout as text, or JSON when {@code json}; returns the exit code. */
    public int run(ZonedDateTime asOf, Optional<UnitKey> onlyUnit, boolean force, boolean json) {
        AppContext context = run.context();
        AppConfig config = context.config();
        Optional<WelcomeEmail> welcome = context.welcomeEmail();
        return JobSkeleton.run(run, json, new JobSkeleton.Steps() {
            private SyncLeasesReader.Snapshot snapshot;

            @Override
            public Plan plan() {
                Optional<StateStore> store = run.dryRun() ? context.storeForDryRun() : Optional.of(context.store());
                LeaseMemory remembered =
                        store.map(opened -> opened.leaseMemory().load()).orElse(LeaseMemory.EMPTY);
                snapshot = new SyncLeasesReader(config, context.inventory(), context.leaseReader(), context.uispReads())
                        .read(remembered, asOf, force, onlyUnit);
                return SyncLeasesPlanner.plan(snapshot.input()).withEarlierNotices(snapshot.notices());
            }

            @Override
            public ActionExecutors executors(StateStore store) {
                VicvilAttributes attributes =
                        snapshot.attributes().ensure(context.uisp().crm());
                Optional<Mailer> mailer = config.email().map(SmtpMailer::new);
                return new SyncLeasesExecutor(
                                config,
                                context.uisp(),
                                snapshot,
                                attributes,
                                store.leaseMemory(),
                                store.units(),
                                mailer,
                                welcome,
                                asOf.toLocalDate(),
                                new SiteExecutor(context.uisp(), config, store.units()))
                        .registerOn(new ActionExecutors());
            }

            @Override
            public void remember(StateStore store) {
                store.seen()
                        .record(
                                UnitPictures.of(
                                                config,
                                                context.inventory(),
                                                snapshot.input().leases(),
                                                context.uispReads(),
                                                asOf)
                                        .stream()
                                        .map(picture -> picture.seen(
                                                run.context().clock().instant()))
                                        .toList());
            }

            @Override
            public int unitsChecked() {
                return onlyUnit.isPresent() ? 1 : context.inventory().size();
            }
        });
    }
}
