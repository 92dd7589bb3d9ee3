package fr.creneau.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every service keeps: its domain knows no framework of infrastructure, and it knows other services
 * only through their published {@code *-api} records.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("planning", "booking", "notification", "stats", "gateway");

    private ArchitectureRules() {
    }

    public static JavaClasses productionClassesOf(String service) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.creneau." + service);
    }

    /** Classes in a {@code domain} package import no Spring, JPA, JDBC or Kafka. */
    public static ArchRule domainIsFreeOfInfrastructure() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..",
                        "org.apache.kafka..", "java.sql..", "org.hibernate..")
                .because("the domain is plain Java: names carry the meaning, frameworks stay at the edges");
    }

    /** {@code service} depends on no other service's classes, except their published {@code *.api} packages. */
    public static ArchRule talksToOtherServicesOnlyThroughTheirApi(String service) {
        String[] others = SERVICES.stream()
                .filter(other -> !other.equals(service))
                .flatMap(other -> Stream.of("fr.creneau." + other))
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage("fr.creneau." + service + "..")
                .and().resideOutsideOfPackage("fr.creneau." + service + ".api..")
                .should().dependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("another service's internals",
                                javaClass -> isInternalOfOneOf(javaClass.getPackageName(), others)))
                .because("services share only the versioned records of the *-api modules");
    }

    private static boolean isInternalOfOneOf(String packageName, String[] others) {
        for (String other : others) {
            if ((packageName.equals(other) || packageName.startsWith(other + "."))
                    && !packageName.startsWith(other + ".api")) {
                return true;
            }
        }
        return false;
    }
}
