package com.erefiber.vicvil.tickets;

import com.erefiber.vicvil.config.AppConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The package an upgrade (or downgrade) request names, found only by the speeds it names with their unit: one
 * package whose download speed is named, or none. Anything else (no speed, two packages, a speed no package has)
 * is ambiguous and goes to a person: vicvil never guesses a plan.
 */
record RequestedPackage(Optional<AppConfig.Package> chosen, String why) {

    /** The package {@code text} asks for among {@code packages}, or why none can be chosen. */
    static RequestedPackage in(String text, List<AppConfig.Package> packages) {
        Set<Integer> speeds = Speeds.in(text);
        if (speeds.isEmpty()) {
            return new RequestedPackage(
                    Optional.empty(), "the request names no speed (\"1G\", \"2 gig\", \"500 mbps\")");
        }
        List<AppConfig.Package> named = packages.stream()
                .filter(pkg -> speeds.contains(pkg.speedDown()))
                .toList();
        if (named.size() == 1) {
            return new RequestedPackage(
                    Optional.of(named.get(0)), "asks for " + named.get(0).name());
        }
        return new RequestedPackage(
                Optional.empty(),
                named.isEmpty()
                        ? "no package has the speed asked for (" + speeds + " Mbps)"
                        : "the request names several packages (" + speeds + " Mbps)");
    }
}
