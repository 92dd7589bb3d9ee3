package fr.creneau.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import fr.creneau.testsupport.ArchitectureRules;
import fr.creneau.testsupport.ServiceRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The gateway has no domain: each package is one concern of the edge (accounts, security, identity, rate limits,
 * requests, resilience, pages, sessions...), and {@code problem} and {@code instances} are the leaves they share
 * (ARCHITECTURE.md, "The gateway"). A setting missing at startup is platform's {@code MissingSetting}, as in every
 * service.
 */
class ArchitectureTest {

    private static final ServiceRules GATEWAY = ArchitectureRules.forService("gateway");

    private final JavaClasses classes = GATEWAY.classes();

    @Test
    void theGatewaysConcernsHaveNoCycle() {
        GATEWAY.featuresHaveNoCycles().check(classes);
    }

    @Test
    void theSharedLeavesUseNoOtherConcern() {
        noClasses().that().resideInAnyPackage("fr.creneau.gateway.problem..", "fr.creneau.gateway.instances..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.creneau.gateway.account..", "fr.creneau.gateway.apikey..",
                        "fr.creneau.gateway.devinbox..", "fr.creneau.gateway.identity..",
                        "fr.creneau.gateway.pages..", "fr.creneau.gateway.ratelimit..", "fr.creneau.gateway.request..",
                        "fr.creneau.gateway.resilience..", "fr.creneau.gateway.security..",
                        "fr.creneau.gateway.session..")
                .check(classes);
    }

    @Test
    void theServicesAreKnownOnlyThroughTheIdentityContract() {
        ArchitectureRules.talksToOtherServicesOnlyThroughTheirApi("gateway").check(classes);
    }

    /**
     * platform's servlet parts stay off in a WebFlux application: its Jackson-only parts, its startup check, its
     * CSV reader (plain Java, for the agents file's accounts) and its token buckets (JDBC, run off the event loop)
     * are all the gateway uses.
     */
    @Test
    void ofPlatformOnlyTheJsonTextCsvAndRateLimitPartsAreUsed() {
        noClasses().should().dependOnClassesThat(resideInAPackage("fr.creneau.platform..")
                        .and(resideOutsideOfPackages("fr.creneau.platform.json..", "fr.creneau.platform.text..",
                                "fr.creneau.platform.startup..", "fr.creneau.platform.csv..",
                                "fr.creneau.platform.ratelimit..")))
                .check(classes);
    }

    @Test
    void theGatewayIsReactiveAndNeverUsesTheServletApi() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..").check(classes);
    }
}
