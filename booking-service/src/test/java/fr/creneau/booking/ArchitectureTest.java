package fr.creneau.booking;

import com.tngtech.archunit.core.domain.JavaClasses;
import fr.creneau.testsupport.ArchitectureRules;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package roles of ARCHITECTURE.md, by package name only, so that a class added later is covered. */
class ArchitectureTest {

    private static final String ROOT = "fr.creneau.booking";

    private final JavaClasses classes = ArchitectureRules.productionClassesOf("booking");

    @Test
    void theDomainKnowsNoSpringJdbcOrKafka() {
        ArchitectureRules.domainIsFreeOfInfrastructure().check(classes);
    }

    @Test
    void otherServicesAreKnownOnlyThroughTheirPublishedRecords() {
        ArchitectureRules.talksToOtherServicesOnlyThroughTheirApi("booking").check(classes);
    }

    @Test
    void entryPointsAreUsedByNoOtherRole() {
        noClasses().that().resideInAPackage(ROOT + "..")
                .and().resideOutsideOfPackages("..web..", "..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "..web..", ROOT + "..messaging..")
                .check(classes);
    }

    @Test
    void viewsUseTheDomainAndOtherViewsOnly() {
        noClasses().that().resideInAPackage(ROOT + "..view..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "..command..", ROOT + "..web..",
                        ROOT + "..messaging..", ROOT + "..adapter..")
                .check(classes);
    }

    @Test
    void theDomainUsesOnlyTheDomain() {
        noClasses().that().resideInAPackage(ROOT + "..domain..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackage("..domain..")))
                .check(classes);
    }

    @Test
    void featuresUseEachOtherWithoutACycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCatalogsConsumerReadsPlanningsRecords() {
        noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage("..messaging..")
                .should().dependOnClassesThat().resideInAPackage("fr.creneau.planning.api..")
                .check(classes);
    }

    @Test
    void aggregatesArePackagePrivate() {
        classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic().check(classes);
    }

    @Test
    void theDomainAndTheCommandsNeitherReadTheClockNorDrawIds() {
        noClasses().that().resideInAnyPackage(ROOT + "..domain..", ROOT + "..command..")
                .should().callMethod(UUID.class, "randomUUID")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .check(classes);
    }
}
