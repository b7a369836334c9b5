package com.erefiber.vicvil.tickets;

import com.erefiber.vicvil.config.AppConfig;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Classifies a maintenance request by its title and description (DESIGN §2, Tickets): whole words, case ignored,
 * from the config's keyword lists. An exclusion word (drain, sink, …) vetoes both classes: a slow drain is not slow
 * internet. An upgrade needs an upgrade word and a word of internet, package or speed (a speed only with its unit);
 * otherwise an internet word makes an internet ticket.
 */
public final class TicketClassifier {
    /** Words that, beside an upgrade word, say the request is about the internet package. */
    private static final List<String> PACKAGE_WORDS =
            List.of("package", "plan", "speed", "speeds", "tier", "bandwidth");

    private final List<Pattern> internet;
    private final List<Pattern> upgrade;
    private final List<Pattern> exclude;
    private final List<Pattern> packages;

    public TicketClassifier(AppConfig.Keywords keywords) {
        this.internet = patterns(keywords.internetIssues());
        this.upgrade = patterns(keywords.upgradeRequests());
        this.exclude = patterns(keywords.exclude());
        this.packages = patterns(PACKAGE_WORDS);
    }

    /** The class of a request with this title and description (either may be empty). */
    public TicketClass classify(String title, String description) {
        String text = text(title, description);
        if (any(exclude, text)) {
            return TicketClass.OTHER;
        }
        boolean internetWord = any(internet, text);
        if (any(upgrade, text) && (internetWord || any(packages, text) || Speeds.named(text))) {
            return TicketClass.UPGRADE;
        }
        return internetWord ? TicketClass.INTERNET : TicketClass.OTHER;
    }

    /** Title and description as one text to search. */
    static String text(String title, String description) {
        return Stream.of(title, description)
                .filter(part -> part != null && !part.isBlank())
                .reduce((first, second) -> first + "\n" + second)
                .orElse("");
    }

    private static boolean any(List<Pattern> patterns, String text) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }

    /** Whole-word, case-insensitive patterns; a phrase matches across any run of spaces. */
    private static List<Pattern> patterns(List<String> words) {
        return words.stream()
                .map(word -> Pattern.compile(
                        "(?<![\\p{L}\\p{N}])"
                                + String.join(
                                        "\\s+",
                                        Stream.of(word.strip().split("\\s+"))
                                                .map(Pattern::quote)
                                                .toList())
                                + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }
}
