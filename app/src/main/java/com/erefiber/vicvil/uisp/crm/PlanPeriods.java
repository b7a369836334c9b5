package com.erefiber.vicvil.uisp.crm;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.uisp.crm.model.ServicePlan;
import java.util.List;
import java.util.stream.Collectors;

/** Resolves a package's {@code uisp_plan} (a plan name or id) to the plan period vicvil's services use. */
public final class PlanPeriods {
    private PlanPeriods() {}

    /**
     * The enabled 1-month period of the plan given by id (all digits and such a plan exists) or else by name
     * (exact, then ignoring case). A missing or ambiguous plan, or one without an enabled 1-month period, is a
     * configuration error (exit 3) naming the plan.
     */
    public static ServicePlan.Period monthly(List<ServicePlan> plans, String planRef) {
        ServicePlan plan = find(plans, planRef.strip());
        return plan.monthlyPeriod()
                .orElseThrow(() -> new VicvilException(
                        ExitCodes.CONFIG,
                        "UISP service plan '" + plan.name() + "' (id " + plan.id()
                                + ") has no enabled 1-month period"));
    }

    private static ServicePlan find(List<ServicePlan> plans, String ref) {
        if (ref.matches("\\d+")) {
            long id = Long.parseLong(ref);
            for (ServicePlan plan : plans) {
                if (plan.id() == id) {
                    return plan;
                }
            }
        }
        List<ServicePlan> exact =
                plans.stream().filter(plan -> ref.equals(plan.name())).toList();
        List<ServicePlan> named = exact.isEmpty()
                ? plans.stream()
                        .filter(plan -> ref.equalsIgnoreCase(plan.name()))
                        .toList()
                : exact;
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            throw new VicvilException(
                    ExitCodes.CONFIG,
                    "no UISP service plan named or numbered '" + ref + "' (plans: " + describe(plans) + ")");
        }
        throw new VicvilException(
                ExitCodes.CONFIG,
                "UISP service plan name '" + ref + "' is ambiguous (" + describe(named)
                        + "): give the plan id instead");
    }

    private static String describe(List<ServicePlan> plans) {
        return plans.isEmpty()
                ? "none"
                : plans.stream().map(plan -> plan.name() + " = " + plan.id()).collect(Collectors.joining(", "));
    }
}
