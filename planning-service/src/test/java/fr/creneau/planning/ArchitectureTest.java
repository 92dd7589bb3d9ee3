package fr.creneau.planning;

import com.tngtech.archunit.core.domain.JavaClasses;
import fr.creneau.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = ArchitectureRules.productionClassesOf("planning");

    @Test
    void domainPackagesImportNoSpringJpaOrKafka() {
        ArchitectureRules.domainIsFreeOfInfrastructure().check(classes);
    }

    @Test
    void otherServicesAreReachedOnlyThroughTheirApi() {
        ArchitectureRules.talksToOtherServicesOnlyThroughTheirApi("planning").check(classes);
    }
}
