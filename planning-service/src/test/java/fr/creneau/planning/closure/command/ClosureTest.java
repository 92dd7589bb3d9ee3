package fr.creneau.planning.closure.command;

import fr.creneau.planning.closure.domain.ClosureDeclared;
import fr.creneau.planning.closure.domain.ClosureLifted;
import fr.creneau.planning.closure.domain.ClosureScope;
import fr.creneau.planning.shared.domain.DateSpan;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class ClosureTest {

    private static final DateSpan BRIDGE = new DateSpan(LocalDate.of(2027, 5, 7), LocalDate.of(2027, 5, 7));

    private AggregateTestFixture<Closure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Closure.class);
    }

    @Test
    void aPlaceIsClosedForABridgeDay() {
        fixture.givenNoPriorActivity()
                .when(new DeclareClosure("closure-1", "villeneuve", ClosureScope.PLACE, "place-1", BRIDGE, "Pont"))
                .expectEvents(new ClosureDeclared("closure-1", "villeneuve", ClosureScope.PLACE, "place-1", BRIDGE,
                        "Pont"));
    }

    @Test
    void liftingAClosureTwiceHappensOnce() {
        fixture.given(new ClosureDeclared("closure-1", "villeneuve", ClosureScope.PLACE, "place-1", BRIDGE, "Pont"),
                        new ClosureLifted("closure-1", "villeneuve", ClosureScope.PLACE, "place-1", BRIDGE))
                .when(new LiftClosure("closure-1", "villeneuve"))
                .expectNoEvents();
    }
}
