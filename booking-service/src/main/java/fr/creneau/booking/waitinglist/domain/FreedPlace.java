package fr.creneau.booking.waitinglist.domain;

import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.TimeRange;

import java.time.Duration;

/**
 * Capacity given back on a counter-day: {@code freedPlaceId} is the id of the stored event that gave it back, so a
 * place is offered once whatever the number of times that event is read. {@code freed}: the appointment that left,
 * for the labels of the type and the place; {@code range} and {@code units}: what it left.
 */
public record FreedPlace(String freedPlaceId, String counterDayId, Booking freed, TimeRange range, int units) {

    public String counterId() {
        return freed.counterId();
    }

    public Duration length() {
        return Duration.between(range.start(), range.end());
    }
}
