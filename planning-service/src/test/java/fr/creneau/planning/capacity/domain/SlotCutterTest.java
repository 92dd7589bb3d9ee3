package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHoursNotation;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SlotCutterTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aMorningOfThreeHoursGivesNineSlotsOfTwentyMinutes() {
        CounterPlan plan = new CounterPlan(PARIS, List.of(new ScheduleApplication(
                WeeklyHoursNotation.parse(Map.of("MONDAY", List.of("09h00-12h00", "13h30-14h00"))),
                new DateSpan(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)), 2)), null, null, null, null);

        List<Slot> slots = SlotCutter.cut(CapacityCalculator.compute(plan,
                new DateSpan(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7))), Duration.ofMinutes(20));

        assertThat(slots).hasSize(9 + 1);
        assertThat(slots.get(0)).isEqualTo(new Slot(Instant.parse("2026-12-07T08:00:00Z"),
                Instant.parse("2026-12-07T08:20:00Z"), 2));
        assertThat(slots.get(8).end()).isEqualTo(Instant.parse("2026-12-07T11:00:00Z"));
        assertThat(slots.get(9).start()).isEqualTo(Instant.parse("2026-12-07T12:30:00Z"));
    }

    @Test
    void aSlotOverACapacityChangeTakesTheLowerCapacity() {
        List<CapacityWindow> windows = List.of(
                new CapacityWindow(Instant.parse("2026-12-08T08:00:00Z"), Instant.parse("2026-12-08T08:30:00Z"), 2, List.of()),
                new CapacityWindow(Instant.parse("2026-12-08T08:30:00Z"), Instant.parse("2026-12-08T09:00:00Z"), 1, List.of()));

        assertThat(SlotCutter.cut(windows, Duration.ofMinutes(20))).extracting(Slot::capacity).containsExactly(2, 1, 1);
    }

    @RepeatedTest(30)
    void slotsLastExactlyTheDurationAndStayInsideTheWindowsEvenAcrossDaylightSaving(RepetitionInfo repetition) {
        Random random = new Random(500 + repetition.getCurrentRepetition());
        CounterPlan plan = CapacityPropertiesTest.randomPlan(random);
        Duration duration = Duration.ofMinutes(5L * (1 + random.nextInt(12)));
        List<CapacityWindow> windows = new ArrayList<>(CapacityCalculator.compute(plan,
                new DateSpan(LocalDate.of(2027, 3, 20), LocalDate.of(2027, 4, 5))));
        windows.addAll(CapacityCalculator.compute(plan, new DateSpan(LocalDate.of(2027, 10, 25), LocalDate.of(2027, 11, 5))));

        List<Slot> slots = SlotCutter.cut(windows, duration);

        for (Slot slot : slots) {
            assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(duration);
            List<CapacityWindow> covering = windows.stream()
                    .filter(w -> w.start().isBefore(slot.end()) && slot.start().isBefore(w.end())).toList();
            assertThat(covering).isNotEmpty();
            assertThat(covering.get(0).start()).isBeforeOrEqualTo(slot.start());
            assertThat(covering.get(covering.size() - 1).end()).isAfterOrEqualTo(slot.end());
            assertThat(slot.capacity()).isEqualTo(covering.stream().mapToInt(CapacityWindow::capacity).min().orElseThrow());
        }
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i).start()).isAfterOrEqualTo(slots.get(i - 1).end());
        }
    }
}
