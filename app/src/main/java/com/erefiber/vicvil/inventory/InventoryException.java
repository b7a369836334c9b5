package com.erefiber.vicvil.inventory;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;
import java.util.List;

/** The inventory file is invalid (exit 3); each problem names file:line and the column involved. */
public class InventoryException extends VicvilException {
    /** How many problems the one-line message spells out; the rest are counted. */
    private static final int SHOWN = 3;

    private final List<String> problems;

    public InventoryException(List<String> problems) {
        super(ExitCodes.CONFIG, summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InventoryException(String problem, Throwable cause) {
        super(ExitCodes.CONFIG, problem, cause);
        this.problems = List.of(problem);
    }

    /** Every problem found, one line each, in file order (for a checklist such as {@code doctor}). */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an inventory error needs at least one problem");
        }
        String shown = String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size())));
        int more = problems.size() - SHOWN;
        return more > 0 ? shown + "; and " + more + " more problem" + (more == 1 ? "" : "s") : shown;
    }
}
