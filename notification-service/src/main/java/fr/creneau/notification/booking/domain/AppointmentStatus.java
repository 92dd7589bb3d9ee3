package fr.creneau.notification.booking.domain;

import fr.creneau.booking.api.AppointmentApproved;
import fr.creneau.booking.api.AppointmentAssigned;
import fr.creneau.booking.api.AppointmentAttended;
import fr.creneau.booking.api.AppointmentAwaitingApproval;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentNoShow;
import fr.creneau.booking.api.AppointmentRescheduled;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.SlotReserved;

/** What an appointment is, as far as notices go: only a BOOKED one gets reminders and is on the agents' list. */
public enum AppointmentStatus {
    HELD,
    AWAITING_APPROVAL,
    BOOKED,
    DONE,
    ENDED;

    public static AppointmentStatus after(BookingEvent event) {
        if (event instanceof SlotReserved) {
            return HELD;
        }
        if (event instanceof AppointmentAwaitingApproval) {
            return AWAITING_APPROVAL;
        }
        if (event instanceof AppointmentConfirmed || event instanceof AppointmentApproved
                || event instanceof AppointmentRescheduled || event instanceof AppointmentAssigned) {
            return BOOKED;
        }
        if (event instanceof AppointmentAttended || event instanceof AppointmentNoShow) {
            return DONE;
        }
        return ENDED;
    }
}
