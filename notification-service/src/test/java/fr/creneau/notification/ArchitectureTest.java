package fr.creneau.notification;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rules hold by package role and name, so that a class added later is covered without being named. */
class ArchitectureTest {

    private static final String SERVICE = "fr.creneau.notification";
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SERVICE);

    private static String role(String role) {
        return SERVICE + ".*." + role + "..";
    }

    @Test
    void everyClassSitsInARolePackageOfItsFeatureOrAtTheServiceLevel() {
        classes().that().resideOutsideOfPackage(SERVICE + ".api..").and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(SERVICE, SERVICE + ".config", SERVICE + ".shared.*",
                        role("web"), role("messaging"), role("command"), role("domain"), role("view"), role("adapter"))
                .check(classes);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching(SERVICE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void webAndMessagingAreEntryPointsThatNothingElseUses() {
        for (String entry : new String[]{"web", "messaging"}) {
            noClasses().that().resideOutsideOfPackage(role(entry))
                    .should().dependOnClassesThat().resideInAPackage(role(entry))
                    .check(classes);
        }
    }

    @Test
    void theDomainIsPlainJavaThatUsesOnlyTheDomain() {
        noClasses().that().resideInAPackage(role("domain"))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "java.sql..", "com.github.kagkarlsson..", "com.twilio..", "jakarta.mail..",
                        role("web"), role("messaging"), role("command"), role("view"), role("adapter"),
                        SERVICE + ".config..")
                .check(classes);
        noClasses().that().resideInAPackage(role("domain"))
                .should().callMethod(Instant.class, "now").orShould().callMethod(UUID.class, "randomUUID")
                .check(classes);
    }

    @Test
    void viewsUseOnlyTheDomainAndOtherViews() {
        noClasses().that().resideInAPackage(role("view"))
                .should().dependOnClassesThat().resideInAnyPackage(role("web"), role("messaging"), role("command"),
                        role("adapter"))
                .check(classes);
    }

    @Test
    void onlyTheAdaptersTalkToTwilioAndSmtp() {
        noClasses().that().resideOutsideOfPackage(role("adapter"))
                .should().dependOnClassesThat().resideInAnyPackage("com.twilio..", "jakarta.mail..",
                        "org.springframework.mail..")
                .check(classes);
    }

    @Test
    void otherServicesAreKnownOnlyThroughTheirPublishedApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("fr.creneau.stats..", "fr.creneau.gateway..")
                .check(classes);
        for (String service : new String[]{"booking", "planning"}) {
            noClasses().should().dependOnClassesThat(
                            DescribedPredicate.describe(service + "-service internals",
                                    c -> c.getPackageName().startsWith("fr.creneau." + service)
                                            && !c.getPackageName().equals("fr.creneau." + service + ".api")))
                    .check(classes);
        }
    }
}
