package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.TimeRange;
import fr.creneau.planning.shared.domain.WeeklyHours;
import fr.creneau.planning.shared.domain.WeeklyHoursNotation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CapacityCalculatorTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final WeeklyHours MONDAY_AND_TUESDAY = WeeklyHoursNotation.parse(Map.of(
            "MONDAY", List.of("09h00-12h00", "13h30-17h00"), "TUESDAY", List.of("09h00-12h00")));
    private static final DateSpan WINTER = span("2026-12-01", "2027-03-31");

    static DateSpan span(String from, String to) {
        return new DateSpan(LocalDate.parse(from), LocalDate.parse(to));
    }

    static CounterPlan plan(List<ScheduleApplication> schedules, List<CapacityOverride> overrides,
            List<DateSpan> closures, HolidayPolicy holidays, List<NamedAgent> agents) {
        return new CounterPlan(PARIS, schedules, overrides, closures, holidays, agents);
    }

    static CounterPlan twoAgents(WeeklyHours hours) {
        return plan(List.of(new ScheduleApplication(hours, WINTER, 2)), List.of(), List.of(), HolidayPolicy.DEFAULT,
                List.of());
    }

    static List<String> describe(List<CapacityWindow> windows) {
        return windows.stream().map(w -> w.start() + "/" + w.end() + " x" + w.capacity()
                + (w.agentIds().isEmpty() ? "" : " " + w.agentIds())).toList();
    }

    @Test
    void aMondayGivesBothRangesInUtcWithTheNumberOfAgents() {
        List<CapacityWindow> windows = CapacityCalculator.compute(twoAgents(MONDAY_AND_TUESDAY), span("2026-12-07", "2026-12-07"));

        assertThat(describe(windows)).containsExactly(
                "2026-12-07T08:00:00Z/2026-12-07T11:00:00Z x2",
                "2026-12-07T12:30:00Z/2026-12-07T16:00:00Z x2");
    }

    @Test
    void noCapacityOnAPublicHolidayUnlessTheCommuneSwitchedItOff() {
        DateSpan easterMonday = span("2027-03-29", "2027-03-29");

        assertThat(CapacityCalculator.compute(twoAgents(MONDAY_AND_TUESDAY), easterMonday)).isEmpty();
        CounterPlan workingEasterMonday = plan(List.of(new ScheduleApplication(MONDAY_AND_TUESDAY, WINTER, 2)),
                List.of(), List.of(), new HolidayPolicy(Set.of(PublicHoliday.LUNDI_DE_PAQUES), false), List.of());
        assertThat(CapacityCalculator.compute(workingEasterMonday, easterMonday)).hasSize(2);
    }

    @Test
    void noCapacityDuringAnExceptionalClosure() {
        CounterPlan closed = plan(List.of(new ScheduleApplication(MONDAY_AND_TUESDAY, WINTER, 2)), List.of(),
                List.of(span("2026-12-07", "2026-12-08")), HolidayPolicy.DEFAULT, List.of());

        assertThat(CapacityCalculator.compute(closed, span("2026-12-07", "2026-12-08"))).isEmpty();
        assertThat(CapacityCalculator.compute(closed, span("2026-12-14", "2026-12-14"))).hasSize(2);
    }

    @Test
    void aOneOffExceptionChangesTheAgentsOfARangeAndCanOpenOutsideTheWeek() {
        CounterPlan withExceptions = plan(List.of(new ScheduleApplication(MONDAY_AND_TUESDAY, WINTER, 2)), List.of(
                new CapacityOverride(LocalDate.parse("2026-12-07"), range("10h00-11h00"), 5),
                new CapacityOverride(LocalDate.parse("2026-12-12"), range("09h00-12h00"), 1)),
                List.of(), HolidayPolicy.DEFAULT, List.of());

        assertThat(describe(CapacityCalculator.compute(withExceptions, span("2026-12-07", "2026-12-12")))).containsExactly(
                "2026-12-07T08:00:00Z/2026-12-07T09:00:00Z x2",
                "2026-12-07T09:00:00Z/2026-12-07T10:00:00Z x5",
                "2026-12-07T10:00:00Z/2026-12-07T11:00:00Z x2",
                "2026-12-07T12:30:00Z/2026-12-07T16:00:00Z x2",
                "2026-12-08T08:00:00Z/2026-12-08T11:00:00Z x2",
                "2026-12-12T08:00:00Z/2026-12-12T11:00:00Z x1");
    }

    @Test
    void aWholeDayExceptionWithNoAgentClosesTheDay() {
        CounterPlan closedMonday = plan(List.of(new ScheduleApplication(MONDAY_AND_TUESDAY, WINTER, 2)),
                List.of(new CapacityOverride(LocalDate.parse("2026-12-07"), null, 0)), List.of(),
                HolidayPolicy.DEFAULT, List.of());

        assertThat(CapacityCalculator.compute(closedMonday, span("2026-12-07", "2026-12-07"))).isEmpty();
    }

    @Test
    void successiveSchedulesGiveSummerHoursInSummer() {
        WeeklyHours summer = WeeklyHoursNotation.parse(Map.of("MONDAY", List.of("08h00-12h00")));
        CounterPlan winterThenSummer = plan(List.of(
                        new ScheduleApplication(MONDAY_AND_TUESDAY, span("2027-01-01", "2027-12-31"), 2),
                        new ScheduleApplication(summer, span("2027-07-01", "2027-08-31"), 1)),
                List.of(), List.of(), HolidayPolicy.DEFAULT, List.of());

        assertThat(describe(CapacityCalculator.compute(winterThenSummer, span("2027-06-28", "2027-06-28"))))
                .containsExactly("2027-06-28T07:00:00Z/2027-06-28T10:00:00Z x2",
                        "2027-06-28T11:30:00Z/2027-06-28T15:00:00Z x2");
        assertThat(describe(CapacityCalculator.compute(winterThenSummer, span("2027-07-05", "2027-07-06"))))
                .containsExactly("2027-07-05T06:00:00Z/2027-07-05T10:00:00Z x1");
    }

    @Test
    void anAbsentAgentLowersTheCapacityAndIsNoLongerNamed() {
        NamedAgent claire = new NamedAgent("claire", List.of(), List.of(new Absence(
                LocalDateTime.parse("2026-12-08T10:00"), LocalDateTime.parse("2026-12-08T11:00"))));
        NamedAgent marc = new NamedAgent("marc", List.of(), List.of());
        CounterPlan team = plan(List.of(new ScheduleApplication(MONDAY_AND_TUESDAY, WINTER, 3)), List.of(), List.of(),
                HolidayPolicy.DEFAULT, List.of(claire, marc));

        assertThat(describe(CapacityCalculator.compute(team, span("2026-12-08", "2026-12-08")))).containsExactly(
                "2026-12-08T08:00:00Z/2026-12-08T09:00:00Z x2 [claire, marc]",
                "2026-12-08T09:00:00Z/2026-12-08T10:00:00Z x1 [marc]",
                "2026-12-08T10:00:00Z/2026-12-08T11:00:00Z x2 [claire, marc]");
    }

    @Test
    void theNumberOfAgentsOfTheWeekCapsTheAgentsPresent() {
        NamedAgent claire = new NamedAgent("claire", List.of(), List.of());
        NamedAgent marc = new NamedAgent("marc", List.of(), List.of());
        CounterPlan oneDesk = plan(List.of(new ScheduleApplication(MONDAY_AND_TUESDAY, WINTER, 1)), List.of(),
                List.of(), HolidayPolicy.DEFAULT, List.of(claire, marc));

        assertThat(CapacityCalculator.compute(oneDesk, span("2026-12-08", "2026-12-08")))
                .extracting(CapacityWindow::capacity).containsExactly(1);
    }

    @Test
    void anAgentWithWeeklyAvailabilityIsThereOnlyThen() {
        NamedAgent tuesdayOnly = new NamedAgent("claire", List.of(new Availability(
                WeeklyHoursNotation.parse(Map.of("TUESDAY", List.of("10h00-12h00"))), WINTER)), List.of());
        NamedAgent always = new NamedAgent("marc", List.of(), List.of());
        CounterPlan team = plan(List.of(new ScheduleApplication(MONDAY_AND_TUESDAY, WINTER, 3)), List.of(), List.of(),
                HolidayPolicy.DEFAULT, List.of(tuesdayOnly, always));

        assertThat(describe(CapacityCalculator.compute(team, span("2026-12-08", "2026-12-08")))).containsExactly(
                "2026-12-08T08:00:00Z/2026-12-08T09:00:00Z x1 [marc]",
                "2026-12-08T09:00:00Z/2026-12-08T11:00:00Z x2 [claire, marc]");
    }

    @Test
    void springForwardSundayKeepsLocalHoursAndLosesTheMissingHour() {
        WeeklyHours sunday = WeeklyHoursNotation.parse(Map.of("SUNDAY", List.of("01h00-04h00", "09h00-12h00")));
        CounterPlan plan = plan(List.of(new ScheduleApplication(sunday, span("2027-03-01", "2027-11-30"), 1)),
                List.of(), List.of(), HolidayPolicy.DEFAULT, List.of());

        List<CapacityWindow> windows = CapacityCalculator.compute(plan, span("2027-03-28", "2027-03-28"));

        assertThat(describe(windows)).containsExactly(
                "2027-03-28T00:00:00Z/2027-03-28T02:00:00Z x1",
                "2027-03-28T07:00:00Z/2027-03-28T10:00:00Z x1");
        assertThat(total(windows)).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void fallBackSundayKeepsLocalHoursAndGainsTheRepeatedHour() {
        WeeklyHours sunday = WeeklyHoursNotation.parse(Map.of("SUNDAY", List.of("01h00-04h00", "09h00-12h00")));
        CounterPlan plan = plan(List.of(new ScheduleApplication(sunday, span("2027-03-01", "2027-11-30"), 1)),
                List.of(), List.of(), HolidayPolicy.DEFAULT, List.of());

        List<CapacityWindow> windows = CapacityCalculator.compute(plan, span("2027-10-31", "2027-10-31"));

        assertThat(windows.get(windows.size() - 1).start()).isEqualTo(Instant.parse("2027-10-31T08:00:00Z"));
        assertThat(windows.get(0).start()).isEqualTo(Instant.parse("2027-10-30T23:00:00Z"));
        assertThat(total(windows)).isEqualTo(Duration.ofHours(7));
    }

    private static Duration total(List<CapacityWindow> windows) {
        return windows.stream().map(w -> Duration.between(w.start(), w.end())).reduce(Duration.ZERO, Duration::plus);
    }

    private static TimeRange range(String notation) {
        return WeeklyHoursNotation.parseRange(notation);
    }
}
