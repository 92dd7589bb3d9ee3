package fr.creneau.booking.waitinglist.domain;

import fr.creneau.booking.counterday.domain.Booking;

import java.time.Duration;
import java.time.Instant;

/** A booked appointment waiting for an earlier slot, as it stood when the citizen asked, and when they asked. */
public record Waiter(Booking booking, Instant requestedAt) {

    public String appointmentId() {
        return booking.appointmentId();
    }

    /** An earlier start than this appointment's, with room for its units and its length. */
    public boolean fits(FreedPlace place) {
        return place.range().start().isBefore(booking.range().start())
                && booking.units() <= place.units()
                && length().compareTo(place.length()) <= 0;
    }

    public Duration length() {
        return Duration.between(booking.range().start(), booking.range().end());
    }
}
