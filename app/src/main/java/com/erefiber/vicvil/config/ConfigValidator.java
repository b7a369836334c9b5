package com.erefiber.vicvil.config;

import com.erefiber.vicvil.domain.Job;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the bound {@link ConfigWire} into the validated {@link AppConfig}: fills in the defaults of
 * DESIGN §6, resolves relative paths against the config file's folder, and reports the first invalid
 * value with its key path. Messages never quote a secret.
 */
final class ConfigValidator {
    private static final String DEFAULT_API_URL = "https://api-my.innago.com/openapi";
    private static final String TOKEN_PATH = "/identity/connect/token";
    private static final String DEFAULT_ONU_NAME_TEMPLATE = "{property_slug}-{unit}";
    private static final Set<String> ONU_NAME_PLACEHOLDERS = Set.of("property_slug", "unit");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern LIMIT = Pattern.compile("(\\d{1,9})\\s*(%?)");

    private final Problems problems;
    private final Path folder;
    private final Consumer<String> warnings;

    ConfigValidator(Problems problems, Path folder, Consumer<String> warnings) {
        this.problems = problems;
        this.folder = folder;
        this.warnings = warnings;
    }

    /** The validated config; the first invalid value, in the order of the file's sections, is reported. */
    AppConfig validate(ConfigWire wire, Path file) {
        AppConfig.Innago innago = innago(section(wire.innago(), "innago"));
        AppConfig.Uisp uisp = uisp(section(wire.uisp(), "uisp"));
        AppConfig.Complex complex = complex(section(wire.complex(), "complex"));
        AppConfig.Inventory inventory = inventory(orEmpty(wire.inventory(), new ConfigWire.Inventory(null, null)));
        Optional<AppConfig.Email> email = Optional.ofNullable(wire.email()).map(this::email);
        List<AppConfig.Package> packages = packages(wire.packages());
        AppConfig.Billing billing = billing(
                orEmpty(wire.billing(), new ConfigWire.Billing(null, null, null, null, null, null, null, null)));
        AppConfig.Suspend suspend = suspend(
                orEmpty(wire.suspend(), new ConfigWire.Suspend(null, null, null, null, null)), email.isPresent());
        AppConfig.Keywords keywords = keywords(orEmpty(wire.keywords(), new ConfigWire.Keywords(null, null, null)));
        AppConfig.Upgrades upgrades = new AppConfig.Upgrades(enumValue(
                orEmpty(wire.upgrades(), new ConfigWire.Upgrades(null)).approval(),
                AppConfig.Approval.AUTO,
                "upgrades.approval"));
        AppConfig.Safety safety = safety(orEmpty(wire.safety(), new ConfigWire.Safety(null, null, null)));
        Path statePath = path(orEmpty(wire.state(), new ConfigWire.State(null)).path(), "vicvil.db", "state.path");
        Path holdsPath = path(orEmpty(wire.holds(), new ConfigWire.Holds(null)).path(), "holds.yaml", "holds.path");
        return new AppConfig(
                file,
                innago,
                uisp,
                complex,
                inventory,
                email,
                packages,
                billing,
                suspend,
                keywords,
                upgrades,
                safety,
                statePath,
                holdsPath,
                healthchecks(wire.healthcheck()));
    }

    /** An optional section, or its all-defaults stand-in when the file leaves it out. */
    private static <T> T orEmpty(T section, T empty) {
        return section == null ? empty : section;
    }

    private <T> T section(T section, String path) {
        if (section == null) {
            throw problems.error(path, "required section is missing");
        }
        return section;
    }

    private AppConfig.Innago innago(ConfigWire.Innago in) {
        URI apiUrl = url(orDefault(in.apiUrl(), DEFAULT_API_URL), "innago.api_url", false);
        URI tokenUrl = in.tokenUrl() == null
                ? URI.create(origin(apiUrl) + TOKEN_PATH)
                : url(in.tokenUrl(), "innago.token_url", false);
        return new AppConfig.Innago(
                apiUrl,
                tokenUrl,
                required(in.clientId(), "innago.client_id"),
                secret(in.clientSecret(), "innago.client_secret"),
                secret(in.apiKey(), "innago.api_key"),
                distinctTexts(in.properties(), "innago.properties"));
    }

    private AppConfig.Uisp uisp(ConfigWire.Uisp in) {
        URI url;
        if (in.url() != null && in.host() != null) {
            throw problems.error("uisp.host", "give uisp.url or uisp.host, not both (uisp.url is preferred)");
        } else if (in.host() != null) {
            url = url("https://" + required(in.host(), "uisp.host"), "uisp.host", true);
        } else {
            url = url(required(in.url(), "uisp.url"), "uisp.url", true);
        }
        return new AppConfig.Uisp(
                url,
                secret(in.crmApiKey(), "uisp.crm_api_key"),
                secret(in.nmsApiKey(), "uisp.nms_api_key"),
                required(in.parentSiteId(), "uisp.parent_site_id"),
                Optional.ofNullable(in.caFile()).map(ca -> existingFile(ca, "uisp.ca_file")),
                onuNameTemplate(orDefault(in.onuNameTemplate(), DEFAULT_ONU_NAME_TEMPLATE)),
                enumValue(in.tenantServicePrice(), AppConfig.TenantServicePrice.ZERO, "uisp.tenant_service_price"));
    }

    private String onuNameTemplate(String template) {
        Set<String> used = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!ONU_NAME_PLACEHOLDERS.contains(matcher.group(1))) {
                throw problems.error(
                        "uisp.onu_name_template",
                        "unknown placeholder {" + matcher.group(1) + "} (known: {property_slug}, {unit})");
            }
            used.add(matcher.group(1));
        }
        if (!used.containsAll(ONU_NAME_PLACEHOLDERS)) {
            throw problems.error(
                    "uisp.onu_name_template",
                    "must contain both {property_slug} and {unit}: "
                            + "unit numbers repeat across the buildings, so names would collide");
        }
        return template;
    }

    private AppConfig.Complex complex(ConfigWire.Complex in) {
        ConfigWire.Location location = section(in.location(), "complex.location");
        double latitude =
                range(required(location.latitude(), "complex.location.latitude"), -90, 90, "complex.location.latitude");
        double longitude = range(
                required(location.longitude(), "complex.location.longitude"), -180, 180, "complex.location.longitude");
        if (in.clientId() != null && in.clientId() < 1) {
            throw problems.error("complex.client_id", "must be a UISP client id (a positive number)");
        }
        return new AppConfig.Complex(
                required(in.name(), "complex.name"),
                in.address() == null ? "" : in.address().strip(),
                new AppConfig.Location(latitude, longitude),
                Optional.ofNullable(in.clientId()),
                Optional.ofNullable(in.billingEmail()).map(to -> address(to, "complex.billing_email")));
    }

    private AppConfig.Inventory inventory(ConfigWire.Inventory in) {
        Map<String, String> aliases = new LinkedHashMap<>();
        if (in.aliases() != null) {
            in.aliases()
                    .forEach(
                            (name, innagoName) -> aliases.put(name, required(innagoName, "inventory.aliases." + name)));
        }
        return new AppConfig.Inventory(
                path(in.path(), "inventory/onus.csv", "inventory.path"), Collections.unmodifiableMap(aliases));
    }

    private AppConfig.Email email(ConfigWire.Email in) {
        Optional<String> user =
                Optional.ofNullable(in.smtpUser()).map(String::strip).filter(u -> !u.isEmpty());
        if (in.smtpPass() != null && user.isEmpty()) {
            throw problems.error("email.smtp_pass", "given without email.smtp_user (login needs both)");
        }
        LocalDate since;
        try {
            since = LocalDate.parse(required(in.welcomeSince(), "email.welcome_since"));
        } catch (DateTimeParseException e) {
            throw problems.error("email.welcome_since", "must be a date YYYY-MM-DD");
        }
        return new AppConfig.Email(
                address(required(in.from(), "email.from"), "email.from"),
                required(in.smtpHost(), "email.smtp_host"),
                intRange(in.smtpPort(), 587, 1, 65535, "email.smtp_port"),
                user,
                in.smtpPass() == null ? Optional.empty() : Optional.of(secret(in.smtpPass(), "email.smtp_pass")),
                Optional.ofNullable(in.welcomeTemplate()).map(t -> existingFile(t, "email.welcome_template")),
                since,
                Optional.ofNullable(in.operator()).map(o -> address(o, "email.operator")));
    }

    private String address(String value, String path) {
        try {
            new InternetAddress(value, true);
            return value.strip();
        } catch (AddressException e) {
            throw problems.error(path, "not a valid email address");
        }
    }

    private List<AppConfig.Package> packages(List<ConfigWire.Package> in) {
        if (in == null || in.isEmpty()) {
            throw problems.error("packages", "required: at least one package, one of them with default: true");
        }
        List<AppConfig.Package> packages = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        int firstDefault = -1;
        for (int i = 0; i < in.size(); i++) {
            String at = "packages[" + i + "]";
            ConfigWire.Package wire = section(in.get(i), at);
            String name = required(wire.name(), at + ".name");
            Integer earlier = names.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw problems.error(at + ".name", "duplicate package name (also packages[" + earlier + "])");
            }
            boolean isDefault = Boolean.TRUE.equals(wire.isDefault());
            if (isDefault && firstDefault >= 0) {
                throw problems.error(
                        at + ".default",
                        "more than one package has default: true (also packages[" + firstDefault
                                + "]); exactly one must");
            }
            if (isDefault) {
                firstDefault = i;
            }
            packages.add(new AppConfig.Package(
                    name,
                    wire.uispPlan() == null ? name : required(wire.uispPlan(), at + ".uisp_plan"),
                    intRange(required(wire.speedDown(), at + ".speed_down"), 0, 1, 100_000, at + ".speed_down"),
                    intRange(required(wire.speedUp(), at + ".speed_up"), 0, 1, 100_000, at + ".speed_up"),
                    amount(required(wire.basePrice(), at + ".base_price"), BigDecimal.ZERO, at + ".base_price"),
                    amount(wire.tenantAddon(), BigDecimal.ZERO, at + ".tenant_addon"),
                    isDefault));
        }
        if (firstDefault < 0) {
            throw problems.error("packages", "no package has default: true; exactly one must (new tenants get it)");
        }
        return List.copyOf(packages);
    }

    private AppConfig.Billing billing(ConfigWire.Billing in) {
        ZoneId zone;
        String zoneName = orDefault(in.timezone(), "America/New_York");
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            throw problems.error(
                    "billing.timezone",
                    "unknown time zone \"" + zoneName + "\" (use a tz database name such as America/New_York)");
        }
        if (in.totalUnits() != null && in.totalUnits() < 1) {
            throw problems.error("billing.total_units", "must be a positive number of units");
        }
        return new AppConfig.Billing(
                zone,
                intRange(in.gracePeriodDay(), 5, 1, 28, "billing.grace_period_day"),
                amount(in.minUnpaid(), BigDecimal.ZERO, "billing.min_unpaid"),
                enumValue(in.countRule(), AppConfig.CountRule.ANY_DAY, "billing.count_rule"),
                Optional.ofNullable(in.totalUnits()),
                orDefault(in.issuerName(), "ERE Fiber").strip(),
                in.issuerAddress() == null ? "" : in.issuerAddress().strip(),
                intRange(in.dueDays(), 30, 0, 365, "billing.due_days"));
    }

    private AppConfig.Suspend suspend(ConfigWire.Suspend in, boolean hasEmail) {
        ConfigWire.Notices notices = orEmpty(in.notices(), new ConfigWire.Notices(null, null, null));
        AppConfig.Notices validNotices = new AppConfig.Notices(
                intRange(notices.warnDaysBefore(), 0, 0, 28, "suspend.notices.warn_days_before"),
                Boolean.TRUE.equals(notices.onSuspend()),
                Boolean.TRUE.equals(notices.onRestore()));
        if (!hasEmail && (validNotices.warnDaysBefore() > 0 || validNotices.onSuspend() || validNotices.onRestore())) {
            throw problems.error("suspend.notices", "notices are sent by email: add the email section");
        }
        ConfigWire.Calendar calendar = orEmpty(in.calendar(), new ConfigWire.Calendar(null, null));
        return new AppConfig.Suspend(
                in.enabled() == null || in.enabled(),
                in.reason() == null ? "Unpaid rent" : required(in.reason(), "suspend.reason"),
                in.hardCut() == null || in.hardCut(),
                validNotices,
                new AppConfig.Calendar(weekdays(calendar.weekdays()), dates(calendar.dates())));
    }

    private Set<DayOfWeek> weekdays(List<String> in) {
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (int i = 0; in != null && i < in.size(); i++) {
            String at = "suspend.calendar.weekdays[" + i + "]";
            String day = required(in.get(i), at).toUpperCase(Locale.ROOT);
            days.add(Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().equals(day)
                            || day.length() == 3 && d.name().startsWith(day))
                    .findFirst()
                    .orElseThrow(() -> problems.error(at, "not a weekday (monday ... sunday, or mon ... sun)")));
        }
        return Collections.unmodifiableSet(days);
    }

    private Set<LocalDate> dates(List<String> in) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (int i = 0; in != null && i < in.size(); i++) {
            String at = "suspend.calendar.dates[" + i + "]";
            try {
                dates.add(LocalDate.parse(required(in.get(i), at)));
            } catch (DateTimeParseException e) {
                throw problems.error(at, "must be a date YYYY-MM-DD");
            }
        }
        return Collections.unmodifiableSet(dates);
    }

    private AppConfig.Keywords keywords(ConfigWire.Keywords in) {
        return new AppConfig.Keywords(
                in.internetIssues() == null
                        ? AppConfig.Keywords.DEFAULT_INTERNET
                        : distinctTexts(in.internetIssues(), "keywords.internet_issues"),
                in.upgradeRequests() == null
                        ? AppConfig.Keywords.DEFAULT_UPGRADE
                        : distinctTexts(in.upgradeRequests(), "keywords.upgrade_requests"),
                in.exclude() == null
                        ? AppConfig.Keywords.DEFAULT_EXCLUDE
                        : distinctTexts(in.exclude(), "keywords.exclude"));
    }

    private AppConfig.Safety safety(ConfigWire.Safety in) {
        AppConfig.Limit maxSuspensions = new AppConfig.Limit(25, true);
        if (in.maxSuspensions() != null) {
            Matcher matcher = LIMIT.matcher(in.maxSuspensions().strip());
            if (!matcher.matches() || !matcher.group(2).isEmpty() && Integer.parseInt(matcher.group(1)) > 100) {
                throw problems.error(
                        "safety.max_suspensions",
                        "must be a number of units (10) or a share of the occupied units (\"25%\", at most 100%)");
            }
            maxSuspensions = new AppConfig.Limit(
                    Integer.parseInt(matcher.group(1)), !matcher.group(2).isEmpty());
        }
        return new AppConfig.Safety(
                intRange(in.maxEnds(), 10, 0, 10_000, "safety.max_ends"),
                maxSuspensions,
                intRange(in.maxConcurrency(), 4, 1, 16, "safety.max_concurrency"));
    }

    private Map<String, URI> healthchecks(ConfigWire.Healthcheck in) {
        Map<String, URI> urls = new LinkedHashMap<>();
        if (in != null) {
            List<String> given =
                    Arrays.asList(in.syncLeases(), in.checkRent(), in.syncTickets(), in.billing(), in.renameOnus());
            for (int i = 0; i < Job.labels().size(); i++) {
                String job = Job.labels().get(i);
                if (given.get(i) != null && !given.get(i).isBlank()) {
                    urls.put(job, url(given.get(i), "healthcheck." + job, false));
                }
            }
        }
        return Collections.unmodifiableMap(urls);
    }

    // --- value helpers -------------------------------------------------------------------------

    private String required(String value, String path) {
        if (value == null || value.isBlank()) {
            throw problems.error(path, "required key is missing or empty");
        }
        return value.strip();
    }

    private <T> T required(T value, String path) {
        if (value == null) {
            throw problems.error(path, "required key is missing or empty");
        }
        return value;
    }

    private Secret secret(String value, String path) {
        // Not stripped of inner text and never quoted: only its presence is checked here.
        return Secret.of(required(value, path));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private int intRange(Integer value, int fallback, int min, int max, String path) {
        int number = value == null ? fallback : value;
        if (number < min || number > max) {
            throw problems.error(path, "must be " + min + ".." + max);
        }
        return number;
    }

    private double range(BigDecimal value, int min, int max, String path) {
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw problems.error(path, "must be " + min + ".." + max + " (decimal degrees)");
        }
        return value.doubleValue();
    }

    private BigDecimal amount(BigDecimal value, BigDecimal fallback, String path) {
        BigDecimal amount = value == null ? fallback : value;
        if (amount.signum() < 0) {
            throw problems.error(path, "must not be negative");
        }
        return amount;
    }

    private <E extends Enum<E>> E enumValue(String value, E fallback, String path) {
        if (value == null) {
            return fallback;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(fallback.getDeclaringClass().getEnumConstants())
                .filter(e -> e.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> problems.error(
                        path,
                        "must be one of "
                                + Arrays.stream(fallback.getDeclaringClass().getEnumConstants())
                                        .map(e -> e.name().toLowerCase(Locale.ROOT))
                                        .collect(Collectors.joining(", "))));
    }

    private List<String> distinctTexts(List<String> values, String path) {
        if (values == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = required(values.get(i), path + "[" + i + "]");
            if (!seen.add(value)) {
                throw problems.error(path + "[" + i + "]", "listed twice");
            }
        }
        return List.copyOf(seen);
    }

    /** An absolute, normalized path; a relative one is taken from the config file's folder. */
    private Path path(String value, String fallback, String key) {
        try {
            return folder.resolve(orDefault(value, fallback)).normalize();
        } catch (InvalidPathException e) {
            throw problems.error(key, "not a valid file path");
        }
    }

    private Path existingFile(String value, String key) {
        Path file = path(value, value, key);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw problems.error(key, "file not found or not readable: " + file);
        }
        return file;
    }

    /**
     * An http(s) URL. With {@code originOnly} it must be scheme://host[:port] (UISP's CRM and NMS paths are
     * added by the client); otherwise a path is kept, without a trailing slash. The value is not quoted
     * back, since a URL may carry a user name and password.
     */
    private URI url(String value, String path, boolean originOnly) {
        String shape = originOnly
                ? "scheme://host[:port], e.g. https://uisp.example.net"
                : "an http(s) URL, e.g. https://host/path";
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw problems.error(path, "invalid URL: must be " + shape);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean badPath = originOnly
                && uri.getRawPath() != null
                && !uri.getRawPath().isEmpty()
                && !uri.getRawPath().equals("/");
        if (!scheme.equals("http") && !scheme.equals("https")
                || uri.getHost() == null
                || badPath
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw problems.error(path, "invalid URL: must be " + shape);
        }
        if (uri.getRawUserInfo() != null) {
            throw problems.error(path, "invalid URL: must not contain a user name or password");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            warnings.accept(problems.file() + ": " + path + ": plain http to " + uri.getHost()
                    + ": credentials and tenant data travel unencrypted; use https");
        }
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority() + (originOnly ? "" : rawPath));
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}
