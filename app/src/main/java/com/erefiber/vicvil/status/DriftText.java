package com.erefiber.vicvil.status;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders {@code status --drift}: the mismatches under a heading per class, each with its fix. */
public final class DriftText {
    private DriftText() {}

    /** Prints the drift found, or that there is none. */
    public static void print(List<Drift> drift, PrintWriter out) {
        if (drift.isEmpty()) {
            out.println("No drift: Innago, UISP CRM and NMS agree for every unit.");
            return;
        }
        Map<Drift.Kind, List<Drift>> byKind =
                drift.stream().collect(Collectors.groupingBy(Drift::kind, TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, found) -> {
            out.printf("%s (%d):%n", kind.title(), found.size());
            found.forEach(one -> out.printf("  %-20s %s%n  %-20s fix: %s%n", one.unit(), one.what(), "", one.fix()));
        });
        out.printf("%n%d mismatches.%n", drift.size());
    }
}
