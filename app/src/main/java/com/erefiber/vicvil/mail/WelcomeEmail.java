package com.erefiber.vicvil.mail;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.config.ConfigException;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.FileErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The welcome email a tenant gets when their service is created: the built-in text of the integration
 * plan, or the file named by {@code email.welcome_template}. The first line is {@code Subject: ...};
 * {@code {tenant_name} {unit} {start_date} {plan_name} {plan_speed} {plan_price} {upgrade_table}} are
 * filled in. A template is checked when loaded, so a typo in a placeholder stops the run (exit 3)
 * instead of reaching 118 tenants.
 */
public final class WelcomeEmail {
    private static final String BUILT_IN = "/templates/welcome.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final Set<String> PLACEHOLDERS =
            Set.of("tenant_name", "unit", "start_date", "plan_name", "plan_speed", "plan_price", "upgrade_table");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final String subject;
    private final String body;
    private final List<AppConfig.Package> packages;

    private WelcomeEmail(String subject, String body, List<AppConfig.Package> packages) {
        this.subject = subject;
        this.body = body;
        this.packages = packages;
    }

    /** A rendered message. */
    public record Rendered(String subject, String body) {}

    /**
     * The template from {@code templateFile} (the config's email.welcome_template), else the built-in one;
     * {@code packages} make the upgrade table.
     *
     * @throws ConfigException when the file cannot be read, lacks the Subject line, or uses an unknown placeholder
     */
    public static WelcomeEmail load(Optional<Path> templateFile, List<AppConfig.Package> packages) {
        if (templateFile.isEmpty()) {
            try (InputStream in = WelcomeEmail.class.getResourceAsStream(BUILT_IN)) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + BUILT_IN, packages);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path file = templateFile.get();
        String source = file + " (email.welcome_template)";
        try {
            return parse(Files.readString(file), source, packages);
        } catch (IOException e) {
            throw new ConfigException(source + ": cannot be read: " + FileErrors.reason(e));
        }
    }

    private static WelcomeEmail parse(String text, String source, List<AppConfig.Package> packages) {
        List<String> lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
        String first = lines.get(0);
        if (!first.regionMatches(true, 0, "Subject:", 0, "Subject:".length())
                || first.substring("Subject:".length()).isBlank()) {
            throw new ConfigException(source + ": line 1: must be \"Subject: ...\"");
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = PLACEHOLDER.matcher(lines.get(i));
            while (matcher.find()) {
                if (!PLACEHOLDERS.contains(matcher.group(1))) {
                    throw new ConfigException(
                            source + ": line " + (i + 1) + ": unknown placeholder {" + matcher.group(1)
                                    + "} (known: "
                                    + String.join(
                                            ", ",
                                            PLACEHOLDERS.stream()
                                                    .sorted()
                                                    .map(p -> "{" + p + "}")
                                                    .toList()) + ")");
                }
            }
        }
        if (first.contains("{upgrade_table}")) {
            throw new ConfigException(source + ": line 1: {upgrade_table} has several lines: use it in the body");
        }
        int start = 1;
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        String body = String.join("\n", lines.subList(start, lines.size()));
        return new WelcomeEmail(first.substring("Subject:".length()).strip(), body, packages);
    }

    /** The message for {@code tenantName}'s new service in {@code unit} on {@code plan}, starting {@code startDate}. */
    public Rendered render(String tenantName, UnitKey unit, LocalDate startDate, AppConfig.Package plan) {
        Map<String, String> values = Map.of(
                "tenant_name", tenantName,
                "unit", unit.toString(),
                "start_date", DATE.format(startDate),
                "plan_name", plan.name(),
                "plan_speed", speed(plan.speedDown()),
                "plan_price", plan.tenantAddon().signum() == 0 ? "Included with rent" : addon(plan),
                "upgrade_table", upgradeTable(plan));
        return new Rendered(fill(subject, values), fill(body, values));
    }

    private static String fill(String template, Map<String, String> values) {
        // One pass, so a value that happens to contain "{unit}" is not expanded again.
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.get(matcher.group(1))));
        }
        return matcher.appendTail(out).toString();
    }

    /** The faster packages as the seed's table (Package, Speed, Add-on). */
    private String upgradeTable(AppConfig.Package plan) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Package", "Speed", "Add-on"});
        packages.stream()
                .filter(p -> p.speedDown() > plan.speedDown())
                .sorted(Comparator.comparingInt(AppConfig.Package::speedDown))
                .forEach(p -> rows.add(new String[] {p.name(), speed(p.speedDown()), addon(p)}));
        if (rows.size() == 1) {
            return "(You already have our fastest plan.)";
        }
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int c = 0; c < 3; c++) {
                widths[c] = Math.max(widths[c], row[c].length() + 2);
            }
        }
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            table.append('|');
            for (int c = 0; c < 3; c++) {
                table.append(' ')
                        .append(String.format("%-" + (widths[c] - 1) + "s", rows.get(r)[c]))
                        .append('|');
            }
            table.append('\n');
            if (r == 0) {
                table.append('|');
                for (int width : widths) {
                    table.append("-".repeat(width)).append('|');
                }
                table.append('\n');
            }
        }
        return table.toString().stripTrailing();
    }

    private static String speed(int mbps) {
        return mbps >= 1000 && mbps % 1000 == 0 ? mbps / 1000 + " Gbps" : mbps + " Mbps";
    }

    private static String addon(AppConfig.Package plan) {
        BigDecimal amount = plan.tenantAddon().stripTrailingZeros();
        String money = amount.scale() <= 0
                ? amount.toBigInteger().toString()
                : amount.setScale(2).toPlainString();
        return "+$" + money + "/mo";
    }
}
