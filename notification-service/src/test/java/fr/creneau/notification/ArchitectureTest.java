package fr.creneau.notification;

import fr.creneau.testsupport.ArchitectureRules;
import fr.creneau.testsupport.ServiceRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules by package role, and this service's own, by package and name: a class added later is covered. */
class ArchitectureTest {

    private static final String SERVICE = "fr.creneau.notification";
    private static final ServiceRules RULES = ArchitectureRules.forService("notification");

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
        classes().that().resideOutsideOfPackage(SERVICE + ".api..").and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(SERVICE, SERVICE + ".config", SERVICE + ".shared.*",
                        role("web"), role("messaging"), role("command"), role("domain"), role("view"), role("adapter"))
                .check(RULES.classes());
    }

    @Test
    void onlyTheAdaptersTalkToTwilioAndSmtp() {
        noClasses().that().resideOutsideOfPackage(role("adapter"))
                .should().dependOnClassesThat().resideInAnyPackage("com.twilio..", "jakarta.mail..",
                        "org.springframework.mail..")
                .check(RULES.classes());
    }

    @Test
    void theDomainKnowsNeitherTheSchedulerNorTheProviders() {
        noClasses().that().resideInAPackage(role("domain"))
                .should().dependOnClassesThat().resideInAnyPackage("com.github.kagkarlsson..", "com.twilio..",
                        "jakarta.mail..", SERVICE + ".config..")
                .check(RULES.classes());
    }
}
