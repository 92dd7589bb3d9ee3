package fr.creneau.booking;

import fr.creneau.testsupport.ArchitectureRules;
import fr.creneau.testsupport.ServiceRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules of ARCHITECTURE.md by package role, and booking-service's own, by package name only. */
class ArchitectureTest {

    private static final ServiceRules RULES = ArchitectureRules.forService("booking");

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return RULES.asTests();
    }

    @Test
    void featuresUseEachOtherWithoutACycle() {
        RULES.featuresHaveNoCycles().check(RULES.classes());
    }

    @Test
    void onlyTheCatalogsConsumerReadsPlanningsRecords() {
        noClasses().that().resideInAPackage("fr.creneau.booking..").and().resideOutsideOfPackage("..messaging..")
                .should().dependOnClassesThat().resideInAPackage("fr.creneau.planning.api..")
                .because("booking-service keeps its own records of what planning describes (catalog/domain)")
                .check(RULES.classes());
    }
}
