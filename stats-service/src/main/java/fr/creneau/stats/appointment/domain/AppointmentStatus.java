package fr.creneau.stats.appointment.domain;

/** Where an appointment stands after the latest event about it. */
public enum AppointmentStatus {
    HELD,
    HOLD_EXPIRED,
    AWAITING_APPROVAL,
    CONFIRMED,
    REFUSED,
    CANCELLED,
    UNSCHEDULED,
    ATTENDED,
    NO_SHOW
}
