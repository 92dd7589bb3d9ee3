package fr.creneau.notification;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.creneau.notification");

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

    @Test
    void onlyTheTransportsTalkToTwilioAndSmtp() {
        noClasses().that().resideOutsideOfPackages("..delivery..", "..callback..")
                .should().dependOnClassesThat().resideInAnyPackage("com.twilio..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("..delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.springframework.mail..")
                .check(classes);
    }

    @Test
    void theRulesForTextTimeAndLengthNeedNoFramework() {
        noClasses().that().haveSimpleNameStartingWith("TemplateText")
                .or().haveSimpleName("WallClock").or().haveSimpleName("MergeField")
                .or().haveSimpleName("AppointmentFields").or().haveSimpleName("SmsSegments")
                .or().haveSimpleName("IcsCalendar").or().haveSimpleName("NoticePlan").or().haveSimpleName("DueReminder")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "java.sql..", "com.github.kagkarlsson..")
                .check(classes);
    }
}
