package fr.creneau.planning.counter.view;

import fr.creneau.planning.capacity.domain.ScheduleApplication;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHoursNotation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CounterViewTest {

    @Test
    void schedulesYearsApartGiveSeparatePeriodsInsteadOfOneLongerThanADateSpanAllows() {
        CounterView counter = counterWith(span("2026-10-01", "2027-03-31"), span("2030-04-01", "2030-09-30"),
                span("2027-04-01", "2027-09-30"), span("2026-12-01", "2026-12-31"));

        assertThat(counter.scheduledSpans()).containsExactly(
                span("2026-10-01", "2027-09-30"),
                span("2030-04-01", "2030-09-30"));
    }

    @Test
    void aLongRunOfApplicationsIsCutIntoYears() {
        CounterView counter = counterWith(span("2026-01-01", "2028-06-30"), span("2028-07-01", "2029-12-31"));

        assertThat(counter.scheduledSpans()).containsExactly(
                span("2026-01-01", "2026-12-31"), span("2027-01-01", "2027-12-31"),
                span("2028-01-01", "2028-12-31"), span("2029-01-01", "2029-12-31"));
    }

    @Test
    void aCounterWithoutScheduleHasNoDates() {
        assertThat(counterWith().scheduledSpans()).isEmpty();
    }

    private static CounterView counterWith(DateSpan... spans) {
        List<ScheduleApplication> schedules = java.util.Arrays.stream(spans).map(span -> new ScheduleApplication(
                WeeklyHoursNotation.parse(Map.of("MONDAY", List.of("09h00-12h00"))), span, 1)).toList();
        return new CounterView("counter-1", "villeneuve", "place-1", "G1", List.of(), schedules, List.of(), true, List.of());
    }

    private static DateSpan span(String from, String to) {
        return new DateSpan(LocalDate.parse(from), LocalDate.parse(to));
    }
}
