package com.erefiber.vicvil.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code map of README ("Code map") as rules: cli → jobs (leases, onus) and reports → core → clients and store →
 * domain and errors; a job never uses another job; the sandbox is a world of its own that only the command line
 * starts; only the store speaks SQL; no package cycles. A change that breaks one fails the build.
 */
class LayeringTest {
    private static final String VICVIL = "com.erefiber.vicvil";
    /** The job packages (README "Code map"): adding a job means adding it here. */
    private static final List<String> JOBS = List.of("leases", "onus", "rent", "billing", "tickets");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(VICVIL);

    @Test
    void layersUseOnlyTheLayersBelowThem() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("cli")
                .definedBy(VICVIL, VICVIL + ".cli..")
                .layer("demo")
                .definedBy(VICVIL + ".demo..")
                .layer("jobs")
                .definedBy(JOBS.stream().map(job -> VICVIL + "." + job + "..").toArray(String[]::new))
                .layer("reports")
                .definedBy(VICVIL + ".status..", VICVIL + ".doctor..", VICVIL + ".digest..")
                .layer("core")
                .definedBy(VICVIL + ".core..")
                .layer("clients")
                .definedBy(
                        VICVIL + ".config..",
                        VICVIL + ".inventory..",
                        VICVIL + ".innago..",
                        VICVIL + ".uisp..",
                        VICVIL + ".http..",
                        VICVIL + ".mail..",
                        VICVIL + ".store..",
                        VICVIL + ".cron..")
                .layer("sandbox")
                .definedBy(VICVIL + ".sandbox..")
                .layer("bottom")
                .definedBy(VICVIL + ".domain..", VICVIL + ".error..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("demo")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("jobs")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("reports")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("core")
                .mayOnlyBeAccessedByLayers("cli", "demo", "jobs", "reports")
                .whereLayer("clients")
                .mayOnlyBeAccessedByLayers("cli", "demo", "jobs", "reports", "core")
                .whereLayer("sandbox")
                .mayOnlyBeAccessedByLayers("cli", "demo")
                .check(MAIN);
    }

    @Test
    void aJobNeverUsesAnotherJob() {
        for (String job : JOBS) {
            for (String other : JOBS) {
                if (!job.equals(other)) {
                    noClasses()
                            .that()
                            .resideInAPackage(VICVIL + "." + job + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage(VICVIL + "." + other + "..")
                            .check(MAIN);
                }
            }
        }
    }

    @Test
    void theSandboxUsesNothingOfVicvilButTheDomain() {
        noClasses()
                .that()
                .resideInAPackage(VICVIL + ".sandbox..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        VICVIL + ".cli..",
                        VICVIL + ".demo..",
                        VICVIL + ".leases..",
                        VICVIL + ".onus..",
                        VICVIL + ".rent..",
                        VICVIL + ".billing..",
                        VICVIL + ".tickets..",
                        VICVIL + ".status..",
                        VICVIL + ".doctor..",
                        VICVIL + ".digest..",
                        VICVIL + ".core..",
                        VICVIL + ".config..",
                        VICVIL + ".inventory..",
                        VICVIL + ".innago..",
                        VICVIL + ".uisp..",
                        VICVIL + ".http..",
                        VICVIL + ".mail..",
                        VICVIL + ".store..",
                        VICVIL + ".cron..",
                        VICVIL + ".error..")
                .check(MAIN);
    }

    @Test
    void theStoreOwnsItsSql() {
        noClasses()
                .that()
                .resideOutsideOfPackage(VICVIL + ".store..")
                .should()
                .callMethod(com.erefiber.vicvil.store.StateStore.class, "jdbi")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.jdbi..")
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(VICVIL + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
