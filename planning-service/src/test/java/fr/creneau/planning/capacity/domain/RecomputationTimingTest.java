package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHours;
import fr.creneau.planning.shared.domain.WeeklyHoursNotation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Prints how long three months of capacity take to compute, for one counter and for fifty (measured, not a limit). */
class RecomputationTimingTest {

    private static final DateSpan THREE_MONTHS = new DateSpan(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
    private static final WeeklyHours WEEKDAYS = WeeklyHoursNotation.parse(Map.of(
            "MONDAY", List.of("08h30-12h00", "13h30-17h30"), "TUESDAY", List.of("08h30-12h00", "13h30-17h30"),
            "WEDNESDAY", List.of("08h30-12h00"), "THURSDAY", List.of("08h30-12h00", "13h30-17h30"),
            "FRIDAY", List.of("08h30-12h00", "13h30-16h30"), "SATURDAY", List.of("09h00-12h00")));

    @Test
    void threeMonthsOfATeamCounterAreComputedDayByDay() {
        List<CounterPlan> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(teamCounter(i));
        }
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            fifty.forEach(plan -> CapacityCalculator.compute(plan, THREE_MONTHS));
        }

        long start = System.nanoTime();
        List<CapacityWindow> one = CapacityCalculator.compute(fifty.get(0), THREE_MONTHS);
        long oneCounter = System.nanoTime() - start;
        start = System.nanoTime();
        int windows = fifty.stream().mapToInt(plan -> CapacityCalculator.compute(plan, THREE_MONTHS).size()).sum();
        long fiftyCounters = System.nanoTime() - start;

        System.out.printf("Capacity over 3 months: 1 counter %.2f ms (%d windows), 50 counters %.2f ms (%d windows)%n",
                oneCounter / 1e6, one.size(), fiftyCounters / 1e6, windows);
        assertThat(one).isNotEmpty();
        assertThat(one).allMatch(window -> window.capacity() >= 1 && window.capacity() <= 3);
        assertThat(windows).isGreaterThanOrEqualTo(50 * 70);
    }

    private static CounterPlan teamCounter(int index) {
        List<NamedAgent> agents = new ArrayList<>();
        for (int agent = 0; agent < 4; agent++) {
            LocalDateTime absence = LocalDateTime.of(2027, 1 + agent % 3, 4 + index % 20, 10, 0);
            agents.add(new NamedAgent("agent-" + index + "-" + agent, List.of(),
                    List.of(new Absence(absence, absence.plusHours(26)))));
        }
        return new CounterPlan(ZoneId.of("Europe/Paris"), List.of(new ScheduleApplication(WEEKDAYS, THREE_MONTHS, 3)),
                List.of(), List.of(new DateSpan(LocalDate.of(2027, 2, 12), LocalDate.of(2027, 2, 12))),
                HolidayPolicy.DEFAULT, agents);
    }
}
