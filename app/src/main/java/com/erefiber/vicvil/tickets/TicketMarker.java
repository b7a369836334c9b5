package com.erefiber.vicvil.tickets;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line that ties a UISP ticket to its Innago request, first in the ticket's first comment: with it a lost
 * state store is rebuilt from UISP, and a request is never forwarded twice.
 */
final class TicketMarker {
    private static final String PREFIX = "Innago maintenance request ";
    private static final Pattern FOUND = Pattern.compile(Pattern.quote(PREFIX) + "([0-9A-Za-z-]+)");

    private TicketMarker() {}

    /** The marker line of a request. */
    static String of(String maintenanceUid) {
        return PREFIX + maintenanceUid;
    }

    /** The Innago uid a ticket's comments name, if any. */
    static Optional<String> in(List<String> commentBodies) {
        for (String body : commentBodies) {
            Matcher matcher = FOUND.matcher(body);
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }
}
