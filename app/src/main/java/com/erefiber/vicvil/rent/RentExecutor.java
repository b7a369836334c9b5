package com.erefiber.vicvil.rent;

import com.erefiber.vicvil.core.Lazy;
import com.erefiber.vicvil.core.plan.ActionExecutors;
import com.erefiber.vicvil.core.world.OnuSwitchExecutor;
import com.erefiber.vicvil.core.world.VicvilAttributes;
import com.erefiber.vicvil.mail.Mailer;
import com.erefiber.vicvil.store.LeaseMemoryRepository;
import com.erefiber.vicvil.store.RentRepository;
import com.erefiber.vicvil.store.UnitRepository;
import com.erefiber.vicvil.uisp.UispClient;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries out check-rent's actions against UISP and records vicvil's own suspensions in the store. The suspension
 * carries vicvil's reason (created in UISP the first time it is needed): that reason is what tells a later run, even
 * after a lost store, that the suspension is vicvil's to lift.
 */
public final class RentExecutor {
    private final UispClient uisp;
    private final String reasonName;
    private final Supplier<Long> reasonId;
    private final LeaseMemoryRepository memory;
    private final LocalDate today;
    private final OnuSwitchExecutor onus;
    private final Optional<Mailer> mailer;
    private final RentRepository rent;
    private final String complexName;

    public RentExecutor(
            UispClient uisp,
            RentReader.Snapshot snapshot,
            VicvilAttributes attributes,
            LeaseMemoryRepository memory,
            UnitRepository units,
            RentRepository rent,
            LocalDate today,
            Optional<Mailer> mailer,
            String complexName) {
        this.uisp = uisp;
        this.reasonName = snapshot.input().reasonName();
        this.reasonId =
                Lazy.of(() -> snapshot.reasonId().orElseGet(() -> uisp.crm().createSuspensionReason(reasonName)));
        this.memory = memory;
        this.today = today;
        this.onus = new OnuSwitchExecutor(uisp, attributes, snapshot.markers(), memory, units, today);
        this.mailer = mailer;
        this.rent = rent;
        this.complexName = complexName;
    }

    /** Registers check-rent's handlers. */
    public ActionExecutors registerOn(ActionExecutors executors) {
        return onus.registerOn(executors, RentActions.SUSPEND_ONU, RentActions.ENABLE_ONU)
                .on(RentActions.SUSPEND_SERVICE, RentActions.SuspendService.class, (suspend, created) -> {
                    uisp.crm().suspendService(suspend.serviceId(), reasonId.get());
                    memory.suspendedOn(suspend.unit(), Optional.of(today));
                    return "service " + suspend.serviceId() + " suspended (" + reasonName + ")";
                })
                .on(RentActions.RESTORE_SERVICE, RentActions.RestoreService.class, (restore, created) -> {
                    uisp.crm().cancelSuspension(restore.serviceId());
                    memory.suspendedOn(restore.unit(), Optional.empty());
                    return "service " + restore.serviceId() + " restored";
                })
                .on(RentActions.SEND_RENT_NOTICE, RentActions.SendRentNotice.class, (notice, created) -> {
                    // One message to every tenant: one SMTP transaction, never some of them twice.
                    mailer.orElseThrow().send(String.join(", ", notice.recipients()), subject(notice), body(notice));
                    return (notice.suspended() ? "suspension" : "restore") + " notice sent to "
                            + notice.recipients().size() + " tenant(s)";
                })
                .on(RentActions.SEND_RENT_WARNING, RentActions.SendRentWarning.class, (warning, created) -> {
                    mailer.orElseThrow()
                            .send(
                                    String.join(", ", warning.recipients()),
                                    complexName + ": rent open, internet suspended on " + warning.suspensionDay()
                                            + " unless paid (" + warning.unit() + ")",
                                    "Hello " + warning.tenantName() + ",\n\nthe rent portal shows rent still open for "
                                            + warning.unit() + ": " + warning.reason() + ".\n\nIf it is not paid,"
                                            + " the internet service will be suspended on " + warning.suspensionDay()
                                            + ". It comes back on its own within minutes of the payment being"
                                            + " recorded.\n\nIf you have already paid, please ignore this"
                                            + " message.\n\n" + complexName + "\n");
                    // Recorded the moment SMTP took it: one warning per lease and rent cycle.
                    rent.warned(warning.leaseUid(), warning.dueDate());
                    return "rent warning sent to " + warning.recipients().size() + " tenant(s)";
                });
    }

    private String subject(RentActions.SendRentNotice notice) {
        return complexName + " internet " + (notice.suspended() ? "suspended: rent unpaid" : "restored") + " ("
                + notice.unit() + ")";
    }

    private String body(RentActions.SendRentNotice notice) {
        String what = notice.suspended()
                ? "your internet service at " + notice.unit() + " has been suspended because rent is unpaid after"
                        + " the grace period.\n\nWhat we see in the rent portal: " + notice.reason() + ".\n\n"
                        + "Service comes back on its own within minutes of your payment being recorded."
                : "your internet service at " + notice.unit() + " has been restored (" + notice.reason() + ").";
        return "Hello " + notice.tenantName() + ",\n\n" + what + "\n\nIf you believe this is a mistake, please"
                + " contact the leasing office.\n\n" + complexName + "\n";
    }
}
