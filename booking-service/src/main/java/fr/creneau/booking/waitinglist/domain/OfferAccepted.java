package fr.creneau.booking.waitinglist.domain;

import java.time.Instant;

/** The waiter took the offer in time and leaves the line; the move itself goes through the counter-days. */
public record OfferAccepted(String lineId, Offer offer, Instant occurredAt) {
}
