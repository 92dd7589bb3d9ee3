package fr.creneau.booking.waitinglist.domain;

import java.time.Instant;

/** A freed place offered to the first waiter in line who fits it, to nobody else while the offer lives. */
public record SlotOffered(String lineId, Offer offer, Instant occurredAt) {
}
