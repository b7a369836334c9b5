package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import com.erefiber.vicvil.store.StateStore;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * How a command's failure reaches the operator: one line on stderr ({@code vicvil: why}), the stack trace only with
 * {@code -v} (or a hint to rerun with it after a bug), and the exit code that the failure means.
 */
final class FailureReport {
    private final VicvilCommand root;

    FailureReport(VicvilCommand root) {
        this.root = root;
    }

    /** Reports {@code thrown} on {@code errors}, its line starting with {@code prefix}; returns its exit code. */
    int report(Exception thrown, PrintWriter errors, String prefix) {
        Exception exception = StateStore.operatorError(
                        root.statePath().map(Path::toString).orElse("database"), thrown)
                .<Exception>map(error -> error)
                .orElse(thrown);
        int code;
        if (exception instanceof VicvilException controlled) {
            errors.println(prefix + controlled.getMessage());
            code = controlled.exitCode();
        } else {
            errors.println(prefix + "internal error: " + exception.getClass().getSimpleName()
                    + (exception.getMessage() == null ? "" : ": " + exception.getMessage()));
            code = ExitCodes.INTERNAL;
        }
        if (root.verbose()) {
            exception.printStackTrace(errors);
        } else if (code == ExitCodes.INTERNAL) {
            errors.println("vicvil: rerun with -v for the stack trace");
        }
        errors.flush();
        return code;
    }
}
