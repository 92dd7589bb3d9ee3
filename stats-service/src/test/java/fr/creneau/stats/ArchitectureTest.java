package fr.creneau.stats;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rules hold by package role and name, so that a class added later is covered without being named. */
class ArchitectureTest {

    private static final String SERVICE = "fr.creneau.stats";
    private static final JavaClasses STATS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SERVICE);

    private static String role(String role) {
        return SERVICE + ".*." + role + "..";
    }

    @Test
    void everyClassSitsInARolePackageOfItsFeatureOrAtTheServiceLevel() {
        classes().that().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(SERVICE, SERVICE + ".config", SERVICE + ".shared.*",
                        role("web"), role("messaging"), role("command"), role("domain"), role("view"), role("adapter"))
                .check(STATS);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching(SERVICE + ".(*)..").should().beFreeOfCycles().check(STATS);
    }

    @Test
    void webAndMessagingAreEntryPointsThatNothingElseUses() {
        for (String entry : new String[]{"web", "messaging"}) {
            noClasses().that().resideOutsideOfPackage(role(entry))
                    .should().dependOnClassesThat().resideInAPackage(role(entry))
                    .check(STATS);
        }
    }

    @Test
    void theDomainIsPlainJavaThatUsesOnlyTheDomain() {
        noClasses().that().resideInAPackage(role("domain"))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "org.apache.kafka..", role("web"), role("messaging"), role("command"), role("view"),
                        role("adapter"), SERVICE + ".config..")
                .check(STATS);
        noClasses().that().resideInAPackage(role("domain"))
                .should().callMethod(Instant.class, "now").orShould().callMethod(UUID.class, "randomUUID")
                .check(STATS);
    }

    @Test
    void viewsUseOnlyTheDomainAndOtherViews() {
        noClasses().that().resideInAPackage(role("view"))
                .should().dependOnClassesThat().resideInAnyPackage(role("web"), role("messaging"), role("command"),
                        role("adapter"))
                .check(STATS);
    }

    @Test
    void statsKnowsOtherServicesOnlyThroughTheirPublishedRecords() {
        noClasses().should().dependOnClassesThat(resideInAPackage("fr.creneau..").and(not(resideInAnyPackage(
                        "fr.creneau.stats..", "fr.creneau.booking.api..", "fr.creneau.planning.api..",
                        "fr.creneau.notification.api..", "fr.creneau.platform.."))))
                .check(STATS);
    }
}
