package com.erefiber.vicvil.tickets;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speeds a ticket names, in Mbps. A number counts only with its unit ("1000 mbps", "1 gig", "2G", "1.5 gbps"), so
 * "$1000 deposit" or "unit 500" names no speed; "gigabit" alone is 1000.
 */
final class Speeds {
    private static final Pattern WITH_UNIT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.$])(\\d+(?:\\.\\d+)?)\\s?(gbps|gigabits?|gigs?|gb|g|mbps|megabits?|megs?|mb|m)(?![\\p{L}\\p{N}])");
    private static final Pattern GIGABIT = Pattern.compile("(?<![\\p{L}\\p{N}])gigabit(?![\\p{L}\\p{N}])");

    private Speeds() {}

    /** Every speed {@code text} names, in Mbps. */
    static Set<Integer> in(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<Integer> speeds = new TreeSet<>();
        Matcher matcher = WITH_UNIT.matcher(lower);
        while (matcher.find()) {
            double number = Double.parseDouble(matcher.group(1));
            boolean giga = matcher.group(2).startsWith("g");
            speeds.add((int) Math.round(giga ? number * 1000 : number));
        }
        // "gigabit" with a number was read above ("1 gigabit"); alone it is the usual name for 1000 Mbps.
        if (GIGABIT.matcher(WITH_UNIT.matcher(lower).replaceAll(" ")).find()) {
            speeds.add(1000);
        }
        return speeds;
    }

    /** Whether {@code text} names a speed at all. */
    static boolean named(String text) {
        return !in(text).isEmpty();
    }
}
