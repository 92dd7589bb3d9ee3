package fr.creneau.booking.api;

/** Who cancelled or moved an appointment. */
public enum CancelledBy {
    CITIZEN,
    AGENT
}
