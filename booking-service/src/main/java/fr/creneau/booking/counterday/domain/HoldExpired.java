package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** The hold ended unconfirmed (time out, or too many wrong codes); its capacity is free. */
public record HoldExpired(String counterDayId, Booking booking, Instant occurredAt) implements AppointmentEvent {
}
