package fr.creneau.planning.capacity.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PublicHolidayTest {

    @Test
    void easterSundayIsRightForKnownYears() {
        assertThat(EasterSunday.of(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(EasterSunday.of(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(EasterSunday.of(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(EasterSunday.of(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(EasterSunday.of(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(EasterSunday.of(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void theElevenNationalHolidaysOf2027() {
        assertThat(HolidayPolicy.DEFAULT.observedIn(2027).keySet()).containsExactly(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 8), LocalDate.of(2027, 5, 17),
                LocalDate.of(2027, 7, 14), LocalDate.of(2027, 8, 15), LocalDate.of(2027, 11, 1),
                LocalDate.of(2027, 11, 11), LocalDate.of(2027, 12, 25));
    }

    @Test
    void alsaceMoselleAddsGoodFridayAndTheTwentySixthOfDecember() {
        HolidayPolicy alsace = new HolidayPolicy(Set.of(), true);

        assertThat(alsace.holidayOn(LocalDate.of(2027, 3, 26))).contains(PublicHoliday.VENDREDI_SAINT);
        assertThat(alsace.holidayOn(LocalDate.of(2027, 12, 26))).contains(PublicHoliday.SAINT_ETIENNE);
        assertThat(HolidayPolicy.DEFAULT.holidayOn(LocalDate.of(2027, 3, 26))).isEmpty();
    }

    @Test
    void aHolidaySwitchedOffNoLongerCloses() {
        HolidayPolicy workingWhitMonday = new HolidayPolicy(Set.of(PublicHoliday.LUNDI_DE_PENTECOTE), false);

        assertThat(workingWhitMonday.holidayOn(LocalDate.of(2027, 5, 17))).isEmpty();
        assertThat(workingWhitMonday.holidayOn(LocalDate.of(2027, 5, 6))).contains(PublicHoliday.ASCENSION);
    }
}
