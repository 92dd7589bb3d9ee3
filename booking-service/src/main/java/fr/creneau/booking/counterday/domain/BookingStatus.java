package fr.creneau.booking.counterday.domain;

public enum BookingStatus {
    HELD,
    AWAITING_APPROVAL,
    CONFIRMED,
    ATTENDED,
    NO_SHOW,
    EXPIRED,
    REFUSED,
    CANCELLED,
    UNSCHEDULED,
    MOVED;

    /** Whether an appointment in this status takes capacity. */
    public boolean occupies() {
        return this == HELD || this == AWAITING_APPROVAL || this == CONFIRMED || this == ATTENDED || this == NO_SHOW;
    }

    /** Whether the citizen still has this appointment ahead of them (it can be confirmed, moved or cancelled). */
    public boolean isActive() {
        return this == HELD || this == AWAITING_APPROVAL || this == CONFIRMED;
    }
}
