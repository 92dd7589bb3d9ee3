package fr.creneau.planning.shared.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyHoursNotationTest {

    @Test
    void linesAreReadInTheXXhXXNotationAndSorted() {
        WeeklyHours hours = WeeklyHoursNotation.parse(Map.of("lundi", List.of("13h30-17h00", "09h00-12h00")));

        assertThat(hours.on(DayOfWeek.MONDAY)).containsExactly(
                new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new TimeRange(LocalTime.of(13, 30), LocalTime.of(17, 0)));
        assertThat(hours.on(DayOfWeek.TUESDAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9h00-12h00", "09:00-12:00", "09h00 - 12h00", "09h00-12h", "24h00-25h00", "09h60-10h00",
            "09h00-12h00-13h00", ""})
    void anyOtherSpellingIsRefusedNamingTheDayAndTheLine(String line) {
        assertThatThrownBy(() -> WeeklyHoursNotation.parse(Map.of("WEDNESDAY", List.of("08h00-08h30", line))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Mercredi, ligne 2 « " + line + " »")
                .hasMessageContaining("XXhXX-XXhXX");
    }

    @Test
    void anEndBeforeItsStartIsRefused() {
        assertThatThrownBy(() -> WeeklyHoursNotation.parse(Map.of("FRIDAY", List.of("12h00-09h00"))))
                .hasMessage("Vendredi, ligne 1 « 12h00-09h00 » : la fin doit être après le début.");
    }

    @Test
    void overlappingLinesAreRefused() {
        assertThatThrownBy(() -> WeeklyHoursNotation.parse(Map.of("THURSDAY", List.of("09h00-12h00", "11h00-14h00"))))
                .hasMessage("Jeudi, ligne 2 « 11h00-14h00 » : chevauche la plage 09h00-12h00.");
    }

    @Test
    void touchingLinesAreAccepted() {
        WeeklyHours hours = WeeklyHoursNotation.parse(Map.of("SATURDAY", List.of("09h00-10h00", "10h00-11h00")));

        assertThat(hours.on(DayOfWeek.SATURDAY)).hasSize(2);
    }

    @Test
    void anUnknownDayIsRefused() {
        assertThatThrownBy(() -> WeeklyHoursNotation.parse(Map.of("FUNDAY", List.of("09h00-10h00"))))
                .hasMessageContaining("« FUNDAY » n'est pas un jour");
    }

    @Test
    void horizonsAndNoticesAreReadInTheirUnits() {
        assertThat(BookingHorizon.parse("2m").iso()).isEqualTo("P2M");
        assertThat(BookingHorizon.parse("6w").iso()).isEqualTo("P6W");
        assertThat(BookingHorizon.parse("30d").iso()).isEqualTo("P30D");
        assertThat(MinimumNotice.parse("60m").iso()).isEqualTo("PT60M");
        assertThat(MinimumNotice.parse("2h").iso()).isEqualTo("PT2H");
        assertThat(MinimumNotice.parse("1d").iso()).isEqualTo("P1D");
        assertThatThrownBy(() -> BookingHorizon.parse("0m")).hasMessageContaining("« 0m »");
        assertThatThrownBy(() -> MinimumNotice.parse("1w")).hasMessageContaining("« 1w »");
    }

    @Test
    void everyMistakeOfTheWeekIsReportedWithItsDayAndLine() {
        Map<String, List<String>> week = new java.util.LinkedHashMap<>();
        week.put("FRIDAY", List.of("14h00-12h00"));
        week.put("MONDAY", List.of("09h00-12h00", "9h-12h", "11h00-13h00"));

        assertThatThrownBy(() -> WeeklyHoursNotation.parse(week))
                .isInstanceOfSatisfying(InvalidWeeklyHours.class, invalid -> assertThat(invalid.errors())
                        .extracting(InvalidWeeklyHours.LineError::day, InvalidWeeklyHours.LineError::line)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(DayOfWeek.MONDAY, 2),
                                org.assertj.core.groups.Tuple.tuple(DayOfWeek.MONDAY, 3),
                                org.assertj.core.groups.Tuple.tuple(DayOfWeek.FRIDAY, 1)));
    }
}
