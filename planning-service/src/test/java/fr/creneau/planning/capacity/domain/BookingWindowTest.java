package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.BookingHorizon;
import fr.creneau.planning.shared.domain.MinimumNotice;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class BookingWindowTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant MONDAY_TEN_PARIS = Instant.parse("2026-12-07T09:00:00Z");

    private static Slot at(String start) {
        Instant instant = Instant.parse(start);
        return new Slot(instant, instant.plusSeconds(1200), 1);
    }

    @Test
    void aSlotWithinTheMinimumNoticeCanNoLongerBeBooked() {
        BookingWindow window = BookingWindow.of(MONDAY_TEN_PARIS, PARIS, BookingHorizon.parse("2m"),
                MinimumNotice.parse("60m"));

        assertThat(window.admits(at("2026-12-07T09:40:00Z"))).isFalse();
        assertThat(window.admits(at("2026-12-07T10:00:00Z"))).isTrue();
    }

    @Test
    void theHorizonEndsAtTheEndOfItsLastDayInTheCommunesTimeZone() {
        BookingWindow window = BookingWindow.of(MONDAY_TEN_PARIS, PARIS, BookingHorizon.parse("6w"),
                MinimumNotice.parse("1d"));

        assertThat(window.admits(at("2027-01-18T22:40:00Z"))).isTrue();
        assertThat(window.admits(at("2027-01-18T23:00:00Z"))).isFalse();
        assertThat(window.admits(at("2026-12-08T08:40:00Z"))).isFalse();
    }

    @Test
    void theWindowRollsForwardWithTime() {
        BookingWindow today = BookingWindow.of(MONDAY_TEN_PARIS, PARIS, BookingHorizon.parse("30d"),
                MinimumNotice.parse("2h"));
        BookingWindow tomorrow = BookingWindow.of(MONDAY_TEN_PARIS.plusSeconds(86_400), PARIS,
                BookingHorizon.parse("30d"), MinimumNotice.parse("2h"));
        Slot lateDay = at("2027-01-07T08:00:00Z");

        assertThat(today.admits(lateDay)).isFalse();
        assertThat(tomorrow.admits(lateDay)).isTrue();
    }
}
