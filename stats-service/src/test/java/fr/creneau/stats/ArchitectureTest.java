package fr.creneau.stats;

import fr.creneau.testsupport.ArchitectureRules;
import fr.creneau.testsupport.ServiceRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules by package role, and this service's own, by package and name: a class added later is covered. */
class ArchitectureTest {

    private static final String SERVICE = "fr.creneau.stats";
    private static final ServiceRules RULES = ArchitectureRules.forService("stats");

    private static String role(String role) {
        return SERVICE + ".*." + role + "..";
    }

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return RULES.asTests();
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        RULES.featuresHaveNoCycles().check(RULES.classes());
    }

    @Test
    void everyClassSitsInARolePackageOfItsFeatureOrAtTheServiceLevel() {
        classes().that().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(SERVICE, SERVICE + ".config", SERVICE + ".shared.*",
                        role("web"), role("messaging"), role("command"), role("domain"), role("view"), role("adapter"))
                .check(RULES.classes());
    }

    @Test
    void statsKnowsOtherServicesOnlyThroughTheirPublishedRecords() {
        noClasses().should().dependOnClassesThat(resideInAPackage("fr.creneau..").and(not(resideInAnyPackage(
                        "fr.creneau.stats..", "fr.creneau.booking.api..", "fr.creneau.planning.api..",
                        "fr.creneau.notification.api..", "fr.creneau.platform.."))))
                .check(RULES.classes());
    }
}
