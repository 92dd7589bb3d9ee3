package fr.creneau.booking.waitinglist.domain;

import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.TimeRange;

import java.time.Duration;

/**
 * Capacity free on a counter-day to offer: {@code freedPlaceId} comes from the id of the stored event that freed
 * it, so a place is offered once whatever the number of times that event is read. {@code freed}: the appointment
 * that left, if one did (none for capacity planning opened); {@code range} and {@code units}: what is free.
 */
public record FreedPlace(String freedPlaceId, String counterDayId, Booking freed, TimeRange range, int units,
        String counterId, String counterName) {

    /** Places stored before the counter was named in them take it from the appointment that left. */
    public FreedPlace {
        if (freed != null) {
            counterId = counterId == null ? freed.counterId() : counterId;
            counterName = counterName == null ? freed.details().counterName() : counterName;
        }
    }

    /** What an appointment that left gave back. */
    public FreedPlace(String freedPlaceId, String counterDayId, Booking freed, TimeRange range, int units) {
        this(freedPlaceId, counterDayId, freed, range, units, null, null);
    }

    public static FreedPlace opened(String freedPlaceId, String counterDayId, String counterId, String counterName,
            TimeRange range, int units) {
        return new FreedPlace(freedPlaceId, counterDayId, null, range, units, counterId, counterName);
    }

    public Duration length() {
        return Duration.between(range.start(), range.end());
    }
}
