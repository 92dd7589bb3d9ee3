package fr.creneau.notification.webhook.domain;

import fr.creneau.booking.api.AppointmentApproved;
import fr.creneau.booking.api.AppointmentAttended;
import fr.creneau.booking.api.AppointmentCancelled;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentRescheduled;
import fr.creneau.booking.api.AppointmentUnscheduled;
import fr.creneau.booking.api.BookingEvent;

import java.util.Locale;
import java.util.Optional;

/**
 * The events an endpoint may choose. Booked is a confirmed appointment (by the citizen's code, an agent, or an
 * approval); cancelled is any end before the appointment (the citizen, the mairie, or its slot gone).
 */
public enum WebhookEventType {
    BOOKED,
    MOVED,
    CANCELLED,
    ATTENDED;

    public static Optional<WebhookEventType> of(BookingEvent event) {
        if (event instanceof AppointmentConfirmed || event instanceof AppointmentApproved) {
            return Optional.of(BOOKED);
        }
        if (event instanceof AppointmentRescheduled) {
            return Optional.of(MOVED);
        }
        if (event instanceof AppointmentCancelled || event instanceof AppointmentUnscheduled) {
            return Optional.of(CANCELLED);
        }
        return event instanceof AppointmentAttended ? Optional.of(ATTENDED) : Optional.empty();
    }

    /** As it is written in a delivery's body: {@code appointment.booked}. */
    public String wireName() {
        return "appointment." + name().toLowerCase(Locale.ROOT);
    }
}
