package fr.creneau.planning;

import fr.creneau.testsupport.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return ArchitectureRules.forService("planning").asTests();
    }
}
