package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.TimeRange;
import fr.creneau.planning.shared.domain.WeeklyHours;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random plannings (seeded, so a failure repeats): reference weeks, several schedules, holidays switched on and off,
 * closures, named agents with availability and absences, over a year that crosses both daylight-saving changes.
 */
class CapacityPropertiesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateSpan YEAR = new DateSpan(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    @RepeatedTest(60)
    void capacityStaysWithinOpeningHoursIsNeverGivenOnClosedDaysAndCountsTheAgentsPresent(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        CounterPlan plan = randomPlan(random);

        List<CapacityWindow> windows = CapacityCalculator.compute(plan, YEAR);

        for (CapacityWindow window : windows) {
            ZonedDateTime start = window.start().atZone(PARIS);
            LocalDate date = start.toLocalDate();
            assertThat(CapacityCalculator.isClosed(plan, date)).as("closed %s", date).isFalse();
            ScheduleApplication schedule = latestSchedule(plan, date);
            LocalTime localStart = start.toLocalTime();
            LocalTime localEnd = window.end().atZone(PARIS).toLocalTime();
            assertThat(union(schedule.hours().on(date.getDayOfWeek())))
                    .as("window %s on %s", window, date)
                    .anyMatch(range -> !localStart.isBefore(range.start()) && !localEnd.isAfter(range.end())
                            && localStart.isBefore(localEnd));
            int present = presentAgents(plan, date, localStart).size();
            assertThat(window.capacity()).isEqualTo(plan.agents().isEmpty()
                    ? schedule.agents() : Math.min(schedule.agents(), present));
            if (!plan.agents().isEmpty()) {
                assertThat(window.agentIds()).containsExactlyInAnyOrderElementsOf(presentAgents(plan, date, localStart));
            }
            assertThat(window.start()).isBefore(window.end());
        }
        for (int i = 1; i < windows.size(); i++) {
            assertThat(windows.get(i).start()).isAfterOrEqualTo(windows.get(i - 1).end());
        }
    }

    @RepeatedTest(20)
    void theTimeOpenIsExactlyTheTimeOfTheOpeningRangesOfOpenDaysAcrossDaylightSaving(RepetitionInfo repetition) {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        CounterPlan plan = new CounterPlan(PARIS, randomSchedules(random), List.of(), randomClosures(random),
                randomHolidays(random), List.of());

        List<CapacityWindow> windows = CapacityCalculator.compute(plan, YEAR);

        long expectedMinutes = YEAR.dates()
                .filter(date -> !CapacityCalculator.isClosed(plan, date))
                .mapToLong(date -> {
                    ScheduleApplication schedule = latestSchedule(plan, date);
                    return schedule == null || schedule.agents() == 0 ? 0 : schedule.hours().on(date.getDayOfWeek())
                            .stream().mapToLong(range -> Duration.between(
                                    ZonedDateTime.of(date, range.start(), PARIS),
                                    ZonedDateTime.of(date, range.end(), PARIS)).toMinutes()).sum();
                }).sum();
        long openMinutes = windows.stream()
                .mapToLong(window -> Duration.between(window.start(), window.end()).toMinutes()).sum();
        assertThat(openMinutes).isEqualTo(expectedMinutes);
    }

    /** Touching ranges ({@code 09h00-10h00}, {@code 10h00-11h00}) make one opening. */
    private static List<TimeRange> union(List<TimeRange> ranges) {
        List<TimeRange> union = new ArrayList<>();
        for (TimeRange range : ranges) {
            TimeRange last = union.isEmpty() ? null : union.get(union.size() - 1);
            if (last != null && last.end().equals(range.start())) {
                union.set(union.size() - 1, new TimeRange(last.start(), range.end()));
            } else {
                union.add(range);
            }
        }
        return union;
    }

    private static List<String> presentAgents(CounterPlan plan, LocalDate date, LocalTime time) {
        List<String> present = new ArrayList<>();
        LocalDateTime moment = date.atTime(time);
        for (NamedAgent agent : plan.agents()) {
            boolean absent = agent.absences().stream()
                    .anyMatch(absence -> !moment.isBefore(absence.start()) && moment.isBefore(absence.end()));
            Availability availability = null;
            for (Availability candidate : agent.availabilities()) {
                if (candidate.span().contains(date)) {
                    availability = candidate;
                }
            }
            boolean available = agent.availabilities().isEmpty() || availability != null && availability.hours()
                    .on(date.getDayOfWeek()).stream()
                    .anyMatch(range -> !time.isBefore(range.start()) && time.isBefore(range.end()));
            if (available && !absent) {
                present.add(agent.agentId());
            }
        }
        return present;
    }

    private static ScheduleApplication latestSchedule(CounterPlan plan, LocalDate date) {
        ScheduleApplication latest = null;
        for (ScheduleApplication schedule : plan.schedules()) {
            if (schedule.span().contains(date)) {
                latest = schedule;
            }
        }
        return latest;
    }

    static CounterPlan randomPlan(Random random) {
        List<NamedAgent> agents = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            List<Availability> availabilities = random.nextBoolean() ? List.of()
                    : List.of(new Availability(randomWeek(random), randomSpan(random)));
            List<Absence> absences = new ArrayList<>();
            for (int a = random.nextInt(4); a > 0; a--) {
                LocalDateTime start = YEAR.from().plusDays(random.nextInt(360)).atTime(random.nextInt(24), 0);
                absences.add(new Absence(start, start.plusMinutes(15L + random.nextInt(3000))));
            }
            agents.add(new NamedAgent("agent-" + i, availabilities, absences));
        }
        return new CounterPlan(PARIS, randomSchedules(random), List.of(), randomClosures(random),
                randomHolidays(random), agents);
    }

    static List<ScheduleApplication> randomSchedules(Random random) {
        List<ScheduleApplication> schedules = new ArrayList<>();
        schedules.add(new ScheduleApplication(randomWeek(random), YEAR, 1 + random.nextInt(4)));
        for (int i = random.nextInt(3); i > 0; i--) {
            schedules.add(new ScheduleApplication(randomWeek(random), randomSpan(random), random.nextInt(5)));
        }
        return schedules;
    }

    static WeeklyHours randomWeek(Random random) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> ranges = new ArrayList<>();
            int minute = random.nextInt(4 * 12) * 15;
            while (random.nextInt(3) > 0 && minute < 23 * 60) {
                int end = Math.min(24 * 60 - 1, minute + 15 + random.nextInt(16) * 15);
                ranges.add(new TimeRange(LocalTime.of(minute / 60, minute % 60), LocalTime.of(end / 60, end % 60)));
                minute = end + random.nextInt(8) * 15;
            }
            days.put(day, ranges);
        }
        return new WeeklyHours(days);
    }

    static DateSpan randomSpan(Random random) {
        LocalDate from = YEAR.from().plusDays(random.nextInt(300));
        return new DateSpan(from, from.plusDays(random.nextInt(120)));
    }

    static List<DateSpan> randomClosures(Random random) {
        List<DateSpan> closures = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate from = YEAR.from().plusDays(random.nextInt(360));
            closures.add(new DateSpan(from, from.plusDays(random.nextInt(5))));
        }
        return closures;
    }

    static HolidayPolicy randomHolidays(Random random) {
        Set<PublicHoliday> disabled = EnumSet.noneOf(PublicHoliday.class);
        for (PublicHoliday holiday : PublicHoliday.values()) {
            if (random.nextInt(4) == 0) {
                disabled.add(holiday);
            }
        }
        return new HolidayPolicy(disabled, random.nextBoolean());
    }
}
