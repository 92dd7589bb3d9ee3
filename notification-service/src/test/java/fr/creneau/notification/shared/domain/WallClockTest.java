package fr.creneau.notification.shared.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WallClockTest {

    @Test
    void aWinterAppointmentIsShownOneHourAheadOfUtc() {
        assertThat(WallClock.dateAndTime(Instant.parse("2026-12-01T08:20:00Z"), WallClock.PARIS))
                .isEqualTo("mardi 1 décembre 2026 à 09h20");
    }

    @Test
    void aSummerAppointmentIsShownTwoHoursAheadOfUtc() {
        assertThat(WallClock.dateAndTime(Instant.parse("2026-07-14T07:00:00Z"), WallClock.PARIS))
                .isEqualTo("mardi 14 juillet 2026 à 09h00");
    }

    @Test
    void timesStayRightOnTheDaysTheClocksChange() {
        assertThat(WallClock.dateAndTime(Instant.parse("2026-03-29T00:30:00Z"), WallClock.PARIS))
                .isEqualTo("dimanche 29 mars 2026 à 01h30");
        assertThat(WallClock.dateAndTime(Instant.parse("2026-03-29T01:30:00Z"), WallClock.PARIS))
                .isEqualTo("dimanche 29 mars 2026 à 03h30");
        assertThat(WallClock.dateAndTime(Instant.parse("2026-10-25T00:30:00Z"), WallClock.PARIS))
                .isEqualTo("dimanche 25 octobre 2026 à 02h30");
        assertThat(WallClock.dateAndTime(Instant.parse("2026-10-25T01:30:00Z"), WallClock.PARIS))
                .isEqualTo("dimanche 25 octobre 2026 à 02h30");
        assertThat(WallClock.dateAndTime(Instant.parse("2026-10-26T08:00:00Z"), WallClock.PARIS))
                .isEqualTo("lundi 26 octobre 2026 à 09h00");
    }

    @Test
    void anAppointmentWithoutTimeZoneIsReadInParisTime() {
        assertThat(WallClock.zone(null)).isEqualTo(WallClock.PARIS);
        assertThat(WallClock.zone("America/Cayenne").getId()).isEqualTo("America/Cayenne");
    }
}
