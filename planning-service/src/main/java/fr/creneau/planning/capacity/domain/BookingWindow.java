package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.BookingHorizon;
import fr.creneau.planning.shared.domain.MinimumNotice;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Which slots a citizen can book now: starting at least the minimum notice from now, and on a day no later than
 * the horizon counted from today (in the commune's time zone). It rolls forward by itself as days pass.
 */
public record BookingWindow(Instant earliestStart, Instant startsBefore) {

    public static BookingWindow of(Instant now, ZoneId zone, BookingHorizon horizon, MinimumNotice notice) {
        return new BookingWindow(now.plus(notice.duration()),
                horizon.lastDayFrom(now.atZone(zone).toLocalDate()).plusDays(1).atStartOfDay(zone).toInstant());
    }

    public boolean admits(Slot slot) {
        return !slot.start().isBefore(earliestStart) && slot.start().isBefore(startsBefore);
    }
}
