package fr.creneau.booking.waitinglist.domain;

import java.time.Instant;

/** Nobody answered the offer in time; the waiter stays in line. */
public record OfferExpired(String lineId, String offerId, String appointmentId, Instant occurredAt) {
}
