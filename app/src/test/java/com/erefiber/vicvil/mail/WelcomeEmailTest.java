package com.erefiber.vicvil.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.erefiber.vicvil.config.AppConfig;
import com.erefiber.vicvil.config.ConfigException;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.error.ExitCodes;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome text: the seed's wording filled in from the lease and the packages, or the operator's own file. */
class WelcomeEmailTest {
    private static final AppConfig.Package FIBER_500 = pkg("Village Fiber 500", 500, "0", true);
    private static final AppConfig.Package FIBER_1G = pkg("Village Fiber 1G", 1000, "10", false);
    private static final AppConfig.Package FIBER_2G = pkg("Village Fiber 2G", 2000, "15.50", false);
    private static final List<AppConfig.Package> PACKAGES = List.of(FIBER_2G, FIBER_500, FIBER_1G);
    private static final UnitKey UNIT = new UnitKey("250 S Harper", "12");

    @TempDir
    Path dir;

    private static AppConfig.Package pkg(String name, int speed, String addon, boolean isDefault) {
        return new AppConfig.Package(name, name, speed, speed, new BigDecimal("45"), new BigDecimal(addon), isDefault);
    }

    @Test
    void theBuiltInTextNamesTheUnitDatePlanAndTheFasterPackages() {
        WelcomeEmail.Rendered mail = WelcomeEmail.load(Optional.empty(), PACKAGES)
                .render("Bo Renter", UNIT, LocalDate.of(2026, 4, 15), FIBER_500);

        assertThat(mail.subject()).isEqualTo("Your Village Fiber Internet is Ready - Unit 250 S Harper #12");
        assertThat(mail.body())
                .startsWith("Hi Bo Renter,\n\nWelcome to Victorian Village! Your Village Fiber internet "
                        + "is active starting April 15, 2026.")
                .contains("Your Current Plan: Village Fiber 500 (500 Mbps) - Included with rent")
                .contains(
                        """
                        | Package          | Speed  | Add-on     |
                        |------------------|--------|------------|
                        | Village Fiber 1G | 1 Gbps | +$10/mo    |
                        | Village Fiber 2G | 2 Gbps | +$15.50/mo |
                        """
                                .strip())
                .doesNotContain("{");
    }

    @Test
    void aTenantOnAnUpgradedPlanSeesItsAddOnAndOnlyFasterPackages() {
        WelcomeEmail.Rendered mail = WelcomeEmail.load(Optional.empty(), PACKAGES)
                .render("Bo Renter", UNIT, LocalDate.of(2026, 4, 15), FIBER_2G);

        assertThat(mail.body())
                .contains("Village Fiber 2G (2 Gbps) - +$15.50/mo", "(You already have our fastest plan.)")
                .doesNotContain("| Village Fiber 1G");
    }

    @Test
    void theOperatorsTemplateReplacesTheBuiltInOne() throws Exception {
        Path template = Files.writeString(
                dir.resolve("welcome.txt"),
                "Subject: Welcome to {unit}\r\n\r\nDear {tenant_name}: service from {start_date} on {plan_name}.\r\n");

        WelcomeEmail.Rendered mail = WelcomeEmail.load(Optional.of(template), PACKAGES)
                .render("{unit} Fan", UNIT, LocalDate.of(2026, 5, 1), FIBER_1G);

        assertThat(mail.subject()).isEqualTo("Welcome to 250 S Harper #12");
        assertThat(mail.body()).isEqualTo("Dear {unit} Fan: service from May 1, 2026 on Village Fiber 1G.\n");
    }

    @Test
    void anUnknownPlaceholderStopsTheRunNamingFileAndLine() throws Exception {
        Path template = Files.writeString(dir.resolve("welcome.txt"), "Subject: Hi\n\nDear {tenant},\n");

        ConfigException failure =
                catchThrowableOfType(ConfigException.class, () -> WelcomeEmail.load(Optional.of(template), PACKAGES));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(failure.getMessage())
                .startsWith(template + " (email.welcome_template): line 3: unknown placeholder {tenant}");
    }

    @Test
    void aTemplateWithoutASubjectLineIsRefused() throws Exception {
        Path template = Files.writeString(dir.resolve("welcome.txt"), "Hi {tenant_name}\n");

        ConfigException failure =
                catchThrowableOfType(ConfigException.class, () -> WelcomeEmail.load(Optional.of(template), PACKAGES));

        assertThat(failure.getMessage())
                .isEqualTo(template + " (email.welcome_template): line 1: must be \"Subject: ...\"");
    }

    @Test
    void anUnreadableTemplateIsAConfigError() {
        ConfigException failure = catchThrowableOfType(
                ConfigException.class, () -> WelcomeEmail.load(Optional.of(dir.resolve("missing.txt")), PACKAGES));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(failure.getMessage()).contains("missing.txt (email.welcome_template): cannot be read");
    }
}
