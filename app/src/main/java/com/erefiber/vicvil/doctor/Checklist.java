package com.erefiber.vicvil.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs checks in order. A check whose prerequisite failed is reported as failed ("skipped: …") instead of
 * running, so one broken config does not produce a cascade of confusing errors.
 */
public final class Checklist {
    private final List<CheckResult> results = new ArrayList<>();
    private final Consumer<CheckResult> listener;

    /** @param listener sees each result as soon as it is known (the command prints it) */
    public Checklist(Consumer<CheckResult> listener) {
        this.listener = listener;
    }

    /** Runs {@code check} and returns whether it passed. */
    public boolean run(Check check) {
        CheckResult result;
        try {
            result = new CheckResult(check.name(), true, check.probe().run());
        } catch (Exception e) {
            result = new CheckResult(check.name(), false, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        record(result);
        return result.ok();
    }

    /** Runs {@code check} only when {@code prerequisiteOk}; otherwise records it as skipped (a failure). */
    public boolean runIf(boolean prerequisiteOk, String prerequisite, Check check) {
        if (!prerequisiteOk) {
            record(new CheckResult(check.name(), false, "skipped: " + prerequisite + " failed"));
            return false;
        }
        return run(check);
    }

    private void record(CheckResult result) {
        results.add(result);
        listener.accept(result);
    }

    /** True when every check passed. */
    public boolean allOk() {
        return results.stream().allMatch(CheckResult::ok);
    }

    /** All results so far, in order. */
    public List<CheckResult> results() {
        return List.copyOf(results);
    }
}
