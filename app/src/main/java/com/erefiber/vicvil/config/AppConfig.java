package com.erefiber.vicvil.config;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated, immutable configuration (DESIGN §6). Paths are absolute (resolved against the config
 * file's folder); secrets are {@link Secret}s; optional sections are {@link Optional}.
 */
public record AppConfig(
        Path file,
        Innago innago,
        Uisp uisp,
        Complex complex,
        Inventory inventory,
        Optional<Email> email,
        List<Package> packages,
        Billing billing,
        Suspend suspend,
        Keywords keywords,
        Upgrades upgrades,
        Safety safety,
        Path statePath,
        Path holdsPath,
        Map<String, URI> healthchecks) {

    /** The jobs that may have a healthcheck URL. */

    /** The package marked {@code default: true} (validation guarantees exactly one). */
    public Package defaultPackage() {
        return packages.stream().filter(Package::isDefault).findFirst().orElseThrow();
    }

    /** This config with another state database (the --state flag). */
    public AppConfig withStatePath(Path newStatePath) {
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
                newStatePath,
                holdsPath,
                healthchecks);
    }

    /** The complex's time zone (billing.timezone), in which every date rule is evaluated. */
    public ZoneId zone() {
        return billing.timezone();
    }

    /** Innago access: the API base, the token endpoint, credentials, and the buildings in scope. */
    public record Innago(
            URI apiUrl, URI tokenUrl, String clientId, Secret clientSecret, Secret apiKey, List<String> properties) {}

    /** UISP access (CRM and NMS on one host) and how vicvil shapes what it creates there. */
    public record Uisp(
            URI url,
            Secret crmApiKey,
            Secret nmsApiKey,
            String parentSiteId,
            Optional<Path> caFile,
            String onuNameTemplate,
            TenantServicePrice tenantServicePrice) {}

    /** Whether a tenant's UISP service gets an individual price of 0 or the plan's price. */
    public enum TenantServicePrice {
        ZERO,
        PLAN
    }

    /**
     * The complex itself: name, street address, map location, the UISP client billed for it, and where
     * {@code billing --email} sends the monthly invoice.
     */
    public record Complex(
            String name, String address, Location location, Optional<Long> clientId, Optional<String> billingEmail) {}

    /** A point on the map (decimal degrees). */
    public record Location(double latitude, double longitude) {}

    /** Where the ONU inventory CSV is, and aliases from an inventory property name to Innago's spelling. */
    public record Inventory(Path path, Map<String, String> aliases) {}

    /** SMTP settings for the welcome email and the operator digest. */
    public record Email(
            String from,
            String smtpHost,
            int smtpPort,
            Optional<String> smtpUser,
            Optional<Secret> smtpPass,
            Optional<Path> welcomeTemplate,
            LocalDate welcomeSince,
            Optional<String> operator) {}

    /** One internet package: its UISP plan, speeds (Mbps), the rate ERE bills, and the tenant's add-on. */
    public record Package(
            String name,
            String uispPlan,
            int speedDown,
            int speedUp,
            BigDecimal basePrice,
            BigDecimal tenantAddon,
            boolean isDefault) {}

    /**
     * Rent and billing rules; the invoice's issuer (ERE's name and address as the invoice prints them) and how many
     * days after the invoice date it is due.
     */
    public record Billing(
            ZoneId timezone,
            int gracePeriodDay,
            BigDecimal minUnpaid,
            CountRule countRule,
            Optional<Integer> totalUnits,
            String issuerName,
            String issuerAddress,
            int dueDays) {}

    /** How a unit counts for a billed month. */
    public enum CountRule {
        ANY_DAY,
        FIRST_DAY,
        PRORATED
    }

    /** Rent suspension policy. */
    public record Suspend(boolean enabled, String reason, boolean hardCut, Notices notices, Calendar calendar) {}

    /** Emails around a suspension. */
    public record Notices(int warnDaysBefore, boolean onSuspend, boolean onRestore) {}

    /** Days on which no new rent suspension is made. */
    public record Calendar(Set<DayOfWeek> weekdays, Set<LocalDate> dates) {}

    /** Ticket classification words (whole words, case-insensitive). */
    public record Keywords(List<String> internetIssues, List<String> upgradeRequests, List<String> exclude) {
        /** The built-in internet words. */
        public static final List<String> DEFAULT_INTERNET = List.of(
                "internet",
                "wifi",
                "wi-fi",
                "fiber",
                "router",
                "ont",
                "onu",
                "outage",
                "slow",
                "connection",
                "network",
                "ethernet",
                "speed",
                "offline");
        /** Words asking for another package; speeds are not among them ("20 mbps" alone is a complaint, not a request). */
        public static final List<String> DEFAULT_UPGRADE = List.of(
                "upgrade",
                "upgraded",
                "upgrading",
                "downgrade",
                "faster",
                "switch",
                "change plan",
                "change my plan",
                "change package",
                "change my package");
        /** The built-in exclusion words. */
        public static final List<String> DEFAULT_EXCLUDE = List.of(
                "drain",
                "sink",
                "toilet",
                "leak",
                "dishwasher",
                "faucet",
                "shower",
                "tub",
                "clog",
                "water heater",
                "garbage disposal");

        /** The built-in lists (a config without a {@code keywords} section). */
        public static Keywords defaults() {
            return new Keywords(DEFAULT_INTERNET, DEFAULT_UPGRADE, DEFAULT_EXCLUDE);
        }
    }

    /** Upgrade handling. */
    public record Upgrades(Approval approval) {}

    /** Whether upgrade requests apply at once or wait for the operator. */
    public enum Approval {
        AUTO,
        MANUAL
    }

    /** Blast-radius guards and write concurrency. */
    public record Safety(int maxEnds, Limit maxSuspensions, int maxConcurrency) {}

    /** A count limit given as a number ("10") or a share of a total ("25%"). */
    public record Limit(int value, boolean percent) {
        /** The limit for a given total: the number itself, or the share of the total rounded down. */
        public int of(int total) {
            return percent ? total * value / 100 : value;
        }

        @Override
        public String toString() {
            return percent ? value + "%" : Integer.toString(value);
        }
    }
}
