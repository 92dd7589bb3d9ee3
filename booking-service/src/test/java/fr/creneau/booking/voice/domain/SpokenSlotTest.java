package fr.creneau.booking.voice.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class SpokenSlotTest {

    @Test
    void saysTheDayTheDateTheTimeAndThePlace() {
        assertThat(SpokenSlot.of(LocalDateTime.of(2026, 12, 15, 9, 20), "mairie annexe"))
                .isEqualTo("mardi 15 décembre à 9 heures 20, mairie annexe");
    }

    @Test
    void saysNoMinutesOnTheHour() {
        assertThat(SpokenSlot.of(LocalDateTime.of(2026, 12, 15, 9, 0), "Mairie"))
                .isEqualTo("mardi 15 décembre à 9 heures, Mairie");
    }

    @Test
    void saysTheFirstOfTheMonthAsAPersonDoes() {
        assertThat(SpokenSlot.of(LocalDateTime.of(2027, 2, 1, 14, 5), null)).isEqualTo("lundi 1er février à 14 heures 5");
    }

    @Test
    void saysNoonAndOneOClock() {
        assertThat(SpokenSlot.time(12, 0)).isEqualTo("midi");
        assertThat(SpokenSlot.time(12, 30)).isEqualTo("midi 30");
        assertThat(SpokenSlot.time(13, 0)).isEqualTo("13 heures");
        assertThat(SpokenSlot.time(1, 0)).isEqualTo("1 heure");
    }
}
