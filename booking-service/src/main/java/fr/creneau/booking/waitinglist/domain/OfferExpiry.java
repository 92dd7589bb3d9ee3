package fr.creneau.booking.waitinglist.domain;

/** The payload of the deadline that ends an offer. */
public record OfferExpiry(String offerId) {
}
