package fr.creneau.planning.counter.command;

import fr.creneau.planning.capacity.domain.CapacityOverride;
import fr.creneau.planning.capacity.domain.ScheduleApplication;
import fr.creneau.planning.counter.domain.CounterArchived;
import fr.creneau.planning.counter.domain.CounterCreated;
import fr.creneau.planning.counter.domain.CounterDetails;
import fr.creneau.planning.counter.domain.CounterExceptionAdded;
import fr.creneau.planning.counter.domain.CounterExceptionRemoved;
import fr.creneau.planning.counter.domain.ReferenceWeekApplied;
import fr.creneau.planning.counter.domain.ScheduleWithdrawn;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.UnknownInCommune;
import fr.creneau.planning.shared.domain.WeeklyHoursNotation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;

class CounterTest {

    private static final CounterDetails DETAILS = new CounterDetails("place-1", "Guichet 1", List.of("type-1"), List.of());
    private static final ScheduleApplication WINTER = new ScheduleApplication(
            WeeklyHoursNotation.parse(Map.of("MONDAY", List.of("09h00-12h00"))),
            new DateSpan(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)), 2);

    private AggregateTestFixture<Counter> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Counter.class);
    }

    @Test
    void aCounterIsCreatedAtAPlace() {
        fixture.givenNoPriorActivity()
                .when(new CreateCounter("counter-1", "villeneuve", DETAILS))
                .expectEvents(new CounterCreated("counter-1", "villeneuve", DETAILS));
    }

    @Test
    void aReferenceWeekIsAppliedWithItsHoursPeriodAndAgents() {
        fixture.given(new CounterCreated("counter-1", "villeneuve", DETAILS))
                .when(new ApplyReferenceWeek("counter-1", "villeneuve", "week-1", WINTER))
                .expectEvents(new ReferenceWeekApplied("counter-1", "villeneuve", "week-1", WINTER));
    }

    @Test
    void anotherCommuneCannotApplyAWeekToThisCounter() {
        fixture.given(new CounterCreated("counter-1", "villeneuve", DETAILS))
                .when(new ApplyReferenceWeek("counter-1", "ailleurs", "week-1", WINTER))
                .expectException(UnknownInCommune.class)
                .expectNoEvents();
    }

    @Test
    void anExceptionCanBeAddedThenRemoved() {
        CapacityOverride closedOnMonday = new CapacityOverride(LocalDate.of(2026, 12, 7), null, 0);
        fixture.given(new CounterCreated("counter-1", "villeneuve", DETAILS),
                        new CounterExceptionAdded("counter-1", "villeneuve", "exception-1", closedOnMonday, "Formation"))
                .when(new RemoveCounterException("counter-1", "villeneuve", "exception-1"))
                .expectEvents(new CounterExceptionRemoved("counter-1", "villeneuve", "exception-1",
                        LocalDate.of(2026, 12, 7)));
    }

    @Test
    void anArchivedCounterCannotBeOpenedAgain() {
        fixture.given(new CounterCreated("counter-1", "villeneuve", DETAILS),
                        new CounterArchived("counter-1", "villeneuve"))
                .when(new ApplyReferenceWeek("counter-1", "villeneuve", "week-1", WINTER))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("archivé"));
    }

    @Test
    void removingAnUnknownExceptionIsRefused() {
        fixture.given(new CounterCreated("counter-1", "villeneuve", DETAILS))
                .when(new RemoveCounterException("counter-1", "villeneuve", "nope"))
                .expectException(UnknownInCommune.class);
    }

    @Test
    void anApplicationIsWithdrawnWithTheDatesItCovered() {
        ScheduleApplication applied = new ScheduleApplication(WINTER.hours(), WINTER.span(), 2, "week-1", "application-1");
        fixture.given(new CounterCreated("counter-1", "villeneuve", DETAILS),
                        new ReferenceWeekApplied("counter-1", "villeneuve", "week-1", applied))
                .when(new WithdrawSchedule("counter-1", "villeneuve", "application-1"))
                .expectEvents(new ScheduleWithdrawn("counter-1", "villeneuve", "application-1", WINTER.span()));
    }

    @Test
    void anApplicationCannotBeWithdrawnTwice() {
        ScheduleApplication applied = new ScheduleApplication(WINTER.hours(), WINTER.span(), 2, "week-1", "application-1");
        fixture.given(new CounterCreated("counter-1", "villeneuve", DETAILS),
                        new ReferenceWeekApplied("counter-1", "villeneuve", "week-1", applied),
                        new ScheduleWithdrawn("counter-1", "villeneuve", "application-1", WINTER.span()))
                .when(new WithdrawSchedule("counter-1", "villeneuve", "application-1"))
                .expectException(UnknownInCommune.class)
                .expectNoEvents();
    }
}
