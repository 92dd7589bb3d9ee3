package fr.creneau.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every service keeps, by package role (ARCHITECTURE.md): {@link #forService} gives them all. A service's
 * {@code ArchitectureTest} is then
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> houseRules() {
 *     return ArchitectureRules.forService("booking").asTests();
 * }
 * }</pre>
 * and may add rules of its own, checked on {@code ServiceRules.classes()}. A service still on its way to the
 * convention checks the rules it keeps one by one ({@code forService("stats").featuresHaveNoCycles().check(...)}).
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("planning", "booking", "notification", "stats", "gateway");

    private ArchitectureRules() {
    }

    /** The house rules of {@code fr.creneau.<service>}. */
    public static ServiceRules forService(String service) {
        return new ServiceRules(service);
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
