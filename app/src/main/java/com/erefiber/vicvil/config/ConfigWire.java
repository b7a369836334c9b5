package com.erefiber.vicvil.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The config file as written (DESIGN §6), bound by Jackson with snake_case names and unknown keys
 * refused. Every field is nullable: defaults and checks live in {@link ConfigValidator}. Values that
 * need a readable error (URLs, dates, zones, enums, paths) stay text here.
 */
record ConfigWire(
        String envFile,
        Innago innago,
        Uisp uisp,
        Complex complex,
        Inventory inventory,
        Email email,
        List<Package> packages,
        Billing billing,
        Suspend suspend,
        Keywords keywords,
        Upgrades upgrades,
        Safety safety,
        State state,
        Holds holds,
        Healthcheck healthcheck) {

    record Innago(
            String apiUrl,
            String tokenUrl,
            String clientId,
            String clientSecret,
            String apiKey,
            List<String> properties) {}

    record Uisp(
            String url,
            String host,
            String crmApiKey,
            String nmsApiKey,
            String parentSiteId,
            String caFile,
            String onuNameTemplate,
            String tenantServicePrice) {}

    record Complex(String name, String address, Location location, Long clientId, String billingEmail) {}

    record Location(BigDecimal latitude, BigDecimal longitude) {}

    record Inventory(String path, Map<String, String> aliases) {}

    record Email(
            String from,
            String smtpHost,
            Integer smtpPort,
            String smtpUser,
            String smtpPass,
            String welcomeTemplate,
            String welcomeSince,
            String operator) {}

    record Package(
            String name,
            String uispPlan,
            Integer speedDown,
            Integer speedUp,
            BigDecimal basePrice,
            BigDecimal tenantAddon,
            @JsonProperty("default") Boolean isDefault) {}

    record Billing(
            String timezone,
            Integer gracePeriodDay,
            BigDecimal minUnpaid,
            String countRule,
            Integer totalUnits,
            String issuerName,
            String issuerAddress,
            Integer dueDays) {}

    record Suspend(Boolean enabled, String reason, Boolean hardCut, Notices notices, Calendar calendar) {}

    record Notices(Integer warnDaysBefore, Boolean onSuspend, Boolean onRestore) {}

    record Calendar(List<String> weekdays, List<String> dates) {}

    record Keywords(List<String> internetIssues, List<String> upgradeRequests, List<String> exclude) {}

    record Upgrades(String approval) {}

    record Safety(Integer maxEnds, String maxSuspensions, Integer maxConcurrency) {}

    record State(String path) {}

    record Holds(String path) {}

    record Healthcheck(
            @JsonProperty("sync-leases") String syncLeases,
            @JsonProperty("check-rent") String checkRent,
            @JsonProperty("sync-tickets") String syncTickets,
            @JsonProperty("billing") String billing,
            @JsonProperty("rename-onus") String renameOnus) {}
}
