package fr.creneau.planning.referenceweek.command;

import fr.creneau.planning.referenceweek.domain.ReferenceWeekChanged;
import fr.creneau.planning.referenceweek.domain.ReferenceWeekCreated;
import fr.creneau.planning.referenceweek.domain.ReferenceWeekDeleted;
import fr.creneau.planning.shared.domain.UnknownInCommune;
import fr.creneau.planning.shared.domain.WeeklyHours;
import fr.creneau.planning.shared.domain.WeeklyHoursNotation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class ReferenceWeekTest {

    private static final WeeklyHours WEEK = WeeklyHoursNotation.parse(Map.of("MONDAY", List.of("09h00-12h00")));
    private static final WeeklyHours SUMMER = WeeklyHoursNotation.parse(Map.of("MONDAY", List.of("08h00-12h00")));

    private AggregateTestFixture<ReferenceWeek> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReferenceWeek.class);
    }

    @Test
    void aNamedWeekIsCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreateReferenceWeek("week-1", "villeneuve", "Semaine type", WEEK))
                .expectEvents(new ReferenceWeekCreated("week-1", "villeneuve", "Semaine type", WEEK));
    }

    @Test
    void aWeekWithoutOpeningIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateReferenceWeek("week-1", "villeneuve", "Vide", new WeeklyHours(Map.of())))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void theWeekCanBeChangedByItsCommuneOnly() {
        fixture.given(new ReferenceWeekCreated("week-1", "villeneuve", "Semaine type", WEEK))
                .when(new ChangeReferenceWeek("week-1", "villeneuve", "Été", SUMMER))
                .expectEvents(new ReferenceWeekChanged("week-1", "villeneuve", "Été", SUMMER));
        fixture.given(new ReferenceWeekCreated("week-1", "villeneuve", "Semaine type", WEEK))
                .when(new ChangeReferenceWeek("week-1", "ailleurs", "Été", SUMMER))
                .expectException(UnknownInCommune.class);
    }

    @Test
    void aDeletedWeekCannotBeChangedAnyMore() {
        fixture.given(new ReferenceWeekCreated("week-1", "villeneuve", "Semaine type", WEEK),
                        new ReferenceWeekDeleted("week-1", "villeneuve"))
                .when(new ChangeReferenceWeek("week-1", "villeneuve", "Été", SUMMER))
                .expectException(org.axonframework.eventsourcing.AggregateDeletedException.class);
    }

    @Test
    void anotherCommuneCannotDeleteIt() {
        fixture.given(new ReferenceWeekCreated("week-1", "villeneuve", "Semaine type", WEEK))
                .when(new DeleteReferenceWeek("week-1", "ailleurs"))
                .expectException(UnknownInCommune.class);
    }
}
