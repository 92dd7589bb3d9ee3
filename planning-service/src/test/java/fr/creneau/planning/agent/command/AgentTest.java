package fr.creneau.planning.agent.command;

import fr.creneau.planning.agent.domain.AgentAbsenceCancelled;
import fr.creneau.planning.agent.domain.AgentAbsenceDeclared;
import fr.creneau.planning.agent.domain.AgentAvailabilitySet;
import fr.creneau.planning.agent.domain.AgentAvailabilityWithdrawn;
import fr.creneau.planning.agent.domain.AgentCreated;
import fr.creneau.planning.agent.domain.AgentDetails;
import fr.creneau.planning.agent.domain.AgentUpdated;
import fr.creneau.planning.capacity.domain.Absence;
import fr.creneau.planning.capacity.domain.Availability;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.UnknownInCommune;
import fr.creneau.planning.shared.domain.WeeklyHoursNotation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

class AgentTest {

    private static final AgentDetails AT_COUNTER_1 = new AgentDetails("Claire", List.of(), List.of("counter-1"));
    private static final Absence TUESDAY_MORNING = new Absence(LocalDateTime.of(2026, 12, 8, 9, 0),
            LocalDateTime.of(2026, 12, 8, 12, 0));

    private AggregateTestFixture<Agent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agent.class);
    }

    @Test
    void movingAnAgentRemembersTheCountersLeft() {
        AgentDetails atCounter2 = new AgentDetails("Claire", List.of(), List.of("counter-2"));
        fixture.given(new AgentCreated("agent-1", "villeneuve", AT_COUNTER_1))
                .when(new UpdateAgent("agent-1", "villeneuve", atCounter2))
                .expectEvents(new AgentUpdated("agent-1", "villeneuve", atCounter2, List.of("counter-1")));
    }

    @Test
    void anAbsenceIsDeclared() {
        fixture.given(new AgentCreated("agent-1", "villeneuve", AT_COUNTER_1))
                .when(new DeclareAbsence("agent-1", "villeneuve", "absence-1", TUESDAY_MORNING, "Formation"))
                .expectEvents(new AgentAbsenceDeclared("agent-1", "villeneuve", "absence-1", TUESDAY_MORNING,
                        "Formation"));
    }

    @Test
    void anAbsenceLongerThanAYearIsRefused() {
        Absence tooLong = new Absence(LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2027, 6, 1, 0, 0));
        fixture.given(new AgentCreated("agent-1", "villeneuve", AT_COUNTER_1))
                .when(new DeclareAbsence("agent-1", "villeneuve", "absence-1", tooLong, null))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void cancellingAnAbsenceCarriesItsPeriod() {
        fixture.given(new AgentCreated("agent-1", "villeneuve", AT_COUNTER_1),
                        new AgentAbsenceDeclared("agent-1", "villeneuve", "absence-1", TUESDAY_MORNING, null))
                .when(new CancelAbsence("agent-1", "villeneuve", "absence-1"))
                .expectEvents(new AgentAbsenceCancelled("agent-1", "villeneuve", "absence-1", TUESDAY_MORNING));
    }

    @Test
    void aPeriodOfAvailabilityIsWithdrawnWithTheDatesItCovered() {
        DateSpan december = new DateSpan(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        Availability mornings = new Availability(WeeklyHoursNotation.parse(Map.of("MONDAY", List.of("09h00-12h00"))),
                december, "availability-1");
        fixture.given(new AgentCreated("agent-1", "villeneuve", AT_COUNTER_1),
                        new AgentAvailabilitySet("agent-1", "villeneuve", mornings))
                .when(new WithdrawAvailability("agent-1", "villeneuve", "availability-1"))
                .expectEvents(new AgentAvailabilityWithdrawn("agent-1", "villeneuve", "availability-1", december));
    }

    @Test
    void anUnknownPeriodOfAvailabilityCannotBeWithdrawn() {
        fixture.given(new AgentCreated("agent-1", "villeneuve", AT_COUNTER_1))
                .when(new WithdrawAvailability("agent-1", "villeneuve", "availability-1"))
                .expectException(UnknownInCommune.class)
                .expectNoEvents();
    }
}
