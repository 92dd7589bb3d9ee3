package fr.creneau.planning;

import com.tngtech.archunit.core.domain.JavaClasses;
import fr.creneau.testsupport.ArchitectureRules;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private final JavaClasses classes = ArchitectureRules.productionClassesOf("planning");

    @Test
    void domainPackagesImportNoSpringJpaOrKafka() {
        ArchitectureRules.domainIsFreeOfInfrastructure().check(classes);
    }

    @Test
    void otherServicesAreReachedOnlyThroughTheirApi() {
        ArchitectureRules.talksToOtherServicesOnlyThroughTheirApi("planning").check(classes);
    }

    @Test
    void aggregatesArePackagePrivate() {
        classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic().check(classes);
    }

    @Test
    void aggregatesAndTheDomainNeitherReadTheClockNorDrawIds() {
        noClasses().that().resideInAnyPackage("..domain..", "..command..")
                .should().callMethod(UUID.class, "randomUUID")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .check(classes);
    }
}
