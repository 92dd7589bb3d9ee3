package fr.creneau.notification.template.domain;

import fr.creneau.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageTest {

    @Test
    void anEnglishLocaleOfAnyRegionIsEnglishAndAnyOtherIsFrench() {
        assertThat(Language.ofLocale("en")).isEqualTo(Language.EN);
        assertThat(Language.ofLocale("en-GB")).isEqualTo(Language.EN);
        assertThat(Language.ofLocale("EN_us")).isEqualTo(Language.EN);
        assertThat(Language.ofLocale("fr")).isEqualTo(Language.FR);
        assertThat(Language.ofLocale("de")).isEqualTo(Language.FR);
        assertThat(Language.ofLocale("eng")).isEqualTo(Language.FR);
        assertThat(Language.ofLocale(null)).isEqualTo(Language.FR);
    }

    @Test
    void aRequestNamesFrenchEnglishOrNothingElse() {
        assertThat(Language.ofRequest(null)).isEqualTo(Language.FR);
        assertThat(Language.ofRequest(" EN ")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.ofRequest("de")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("« de » n'est pas prise en charge");
    }

    @Test
    void datesAreWrittenInTheLanguageOnTheCommunesClockInSummerAndWinter() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant summer = Instant.parse("2027-06-15T12:00:00Z");
        Instant winter = Instant.parse("2026-12-01T08:20:00Z");

        assertThat(Language.EN.dateAndTime(summer, paris)).isEqualTo("Tuesday 15 June 2027 at 14:00");
        assertThat(Language.EN.dateAndTime(winter, paris)).isEqualTo("Tuesday 1 December 2026 at 09:20");
        assertThat(Language.FR.dateAndTime(winter, paris)).isEqualTo("mardi 1 décembre 2026 à 09h20");
        assertThat(Language.EN.time(winter, ZoneId.of("America/Cayenne"))).isEqualTo("05:20");
    }
}
