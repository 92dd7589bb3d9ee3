package fr.creneau.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.DynamicTest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of one service ({@code fr.creneau.<service>}), by package role as ARCHITECTURE.md says: each rule
 * names roles, never classes, so that a class added later is covered. {@link #asTests()} checks them all; a service
 * may check them one by one instead, and add rules of its own.
 */
public final class ServiceRules {

    private final String service;
    private final String root;
    private JavaClasses classes;

    ServiceRules(String service) {
        this.service = service;
        this.root = "fr.creneau." + service;
    }

    /** The service's production classes, imported once. */
    public JavaClasses classes() {
        if (classes == null) {
            classes = ArchitectureRules.productionClassesOf(service);
        }
        return classes;
    }

    public List<ArchRule> all() {
        return List.of(entryPointsAreUsedByNothing(), viewsUseOnlyTheDomain(), domainUsesOnlyTheDomain(),
                packagesHaveNoCycles(), aggregatesArePackagePrivate(), domainAndCommandsNeitherReadTheClockNorDrawIds(),
                ArchitectureRules.domainIsFreeOfInfrastructure(),
                ArchitectureRules.talksToOtherServicesOnlyThroughTheirApi(service));
    }

    /** One JUnit test per rule, named by the rule: {@code @TestFactory Stream<DynamicTest> houseRules()}. */
    public Stream<DynamicTest> asTests() {
        return all().stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes())));
    }

    /** {@code web} and {@code messaging} are entry points: only other entry points use them (shared/web). */
    public ArchRule entryPointsAreUsedByNothing() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages("..web..", "..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(root + "..web..", root + "..messaging..")
                .as("entry points (web, messaging) are used by no other role");
    }

    /** A {@code view} reads models: it uses the domain, never a command, an entry point or an adapter. */
    public ArchRule viewsUseOnlyTheDomain() {
        return noClasses().that().resideInAPackage(root + "..view..")
                .should().dependOnClassesThat().resideInAnyPackage(root + "..command..", root + "..web..",
                        root + "..messaging..", root + "..adapter..")
                .as("views use the domain (and other views), never a command, an entry point or an adapter");
    }

    /** The {@code domain} is plain Java: of the service it knows only other {@code domain} packages. */
    public ArchRule domainUsesOnlyTheDomain() {
        return noClasses().that().resideInAPackage(root + "..domain..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(resideOutsideOfPackage("..domain..")))
                .as("the domain uses only the domain");
    }

    /** Packages ({@code <feature>.<role>}) may use each other's domain, view and command, never in a cycle. */
    public ArchRule packagesHaveNoCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .as("no cycle between the packages of " + service);
    }

    /**
     * Stricter, not in {@link #all()}: no cycle between whole features either. A flat service (one package a feature)
     * gets it from {@link #packagesHaveNoCycles()}; planning does not keep it (a feature's web reads another's view
     * to refuse an archive, and that feature's view reads the first's domain).
     */
    public ArchRule featuresHaveNoCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("no cycle between the features of " + service);
    }

    /** An Axon aggregate is reached through commands, never called: package-private. */
    public ArchRule aggregatesArePackagePrivate() {
        return ArchRuleDefinition.classes().that().areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
                .should().notBePublic().allowEmptyShould(true)
                .as("aggregates are package-private");
    }

    /** Replaying events or testing a rule gives the same answer: the clock and ids are passed in. */
    public ArchRule domainAndCommandsNeitherReadTheClockNorDrawIds() {
        return noClasses().that().resideInAnyPackage(root + "..domain..", root + "..command..")
                .should().callMethod(UUID.class, "randomUUID")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .as("the domain and the commands neither read the clock nor draw ids");
    }
}
