package fr.creneau.stats.appointment.domain;

import fr.creneau.booking.api.CancelledBy;

/**
 * The current status of an appointment and the steps it went through. The flags never go back to false: an
 * appointment confirmed then cancelled stays counted as confirmed, and is also counted as cancelled.
 */
public record Lifecycle(
        AppointmentStatus status,
        boolean booked,
        boolean confirmed,
        boolean unscheduled,
        boolean rescheduled,
        CancelledBy cancelledBy) {

    public static Lifecycle held() {
        return new Lifecycle(AppointmentStatus.HELD, false, false, false, false, null);
    }

    Lifecycle moveTo(AppointmentStatus next) {
        return new Lifecycle(next, booked, confirmed, unscheduled, rescheduled, cancelledBy);
    }

    Lifecycle markBooked() {
        return new Lifecycle(status, true, confirmed, unscheduled, rescheduled, cancelledBy);
    }

    Lifecycle markConfirmed() {
        return new Lifecycle(status, true, true, unscheduled, rescheduled, cancelledBy);
    }

    Lifecycle markUnscheduled() {
        return new Lifecycle(status, booked, confirmed, true, rescheduled, cancelledBy);
    }

    Lifecycle markRescheduled() {
        return new Lifecycle(status, booked, confirmed, unscheduled, true, cancelledBy);
    }

    Lifecycle cancelledBy(CancelledBy by) {
        return new Lifecycle(AppointmentStatus.CANCELLED, booked, confirmed, unscheduled, rescheduled, by);
    }
}
