package fr.creneau.booking.waitinglist.domain;

import java.time.Instant;

/** The waiter said no (or left the line) while the offer lived; the citizen keeps their appointment and place in line. */
public record OfferDeclined(String lineId, String offerId, String appointmentId, Instant occurredAt) {
}
