package fr.creneau.booking.ants.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AntsTimesTest {

    @Test
    void aWinterSlotGoesOutAsTheParisWallClockWithALiteralZ() {
        assertThat(AntsTimes.slot(Instant.parse("2026-12-02T08:00:00Z"))).isEqualTo("2026-12-02T09:00:00Z");
    }

    @Test
    void aSummerSlotGoesOutTwoHoursAfterItsUtcInstant() {
        assertThat(AntsTimes.slot(Instant.parse("2026-07-02T07:30:00Z"))).isEqualTo("2026-07-02T09:30:00Z");
    }

    @Test
    void aDeclarationCarriesTheParisWallClockWithoutAZone() {
        assertThat(AntsTimes.declaration(Instant.parse("2026-12-02T08:00:00Z"))).isEqualTo("2026-12-02T09:00:00");
    }
}
