package fr.creneau.booking;

import com.tngtech.archunit.core.domain.JavaClasses;
import fr.creneau.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = ArchitectureRules.productionClassesOf("booking");

    @Test
    void theDomainKnowsNoSpringJdbcOrKafka() {
        ArchitectureRules.domainIsFreeOfInfrastructure().check(classes);
    }

    @Test
    void otherServicesAreKnownOnlyThroughTheirPublishedRecords() {
        ArchitectureRules.talksToOtherServicesOnlyThroughTheirApi("booking").check(classes);
    }
}
