package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** An event of a counter-day about one appointment, carrying the appointment as it stands afterwards. */
public interface AppointmentEvent {

    String counterDayId();

    Booking booking();

    Instant occurredAt();
}
