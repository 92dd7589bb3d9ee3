package fr.creneau.stats;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses STATS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.creneau.stats");

    @Test
    void statsKnowsOtherServicesOnlyThroughTheirPublishedRecords() {
        noClasses().should().dependOnClassesThat(resideInAPackage("fr.creneau..").and(not(resideInAnyPackage(
                        "fr.creneau.stats..", "fr.creneau.booking.api..", "fr.creneau.planning.api..",
                        "fr.creneau.notification.api..", "fr.creneau.platform.."))))
                .check(STATS);
    }

    @Test
    void howAnAppointmentMovesIsPlainJavaWithoutSpringOrJdbc() {
        noClasses().that().haveSimpleNameStartingWith("AppointmentTransitions")
                .or().haveSimpleName("Lifecycle").or().haveSimpleName("AppointmentFact")
                .or().haveSimpleName("Dimensions")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "org.apache.kafka..")
                .check(STATS);
    }

    @Test
    void noFeatureReachesIntoTheWebLayer() {
        noClasses().that().resideOutsideOfPackage("fr.creneau.stats.figures..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Controller")
                .check(STATS);
    }
}
