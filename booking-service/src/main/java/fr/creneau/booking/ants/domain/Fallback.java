package fr.creneau.booking.ants.domain;

/** What a commune does with a number when the ANTS' answer calls for a choice: take the booking, or refuse it. */
public enum Fallback {
    ACCEPT,
    REFUSE
}
