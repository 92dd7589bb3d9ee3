package fr.creneau.booking.counterday.domain;

/** The payload of the deadline that ends a hold. */
public record HoldExpiry(String appointmentId) {
}
