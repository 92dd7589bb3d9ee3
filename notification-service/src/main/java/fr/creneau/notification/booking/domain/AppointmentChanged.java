package fr.creneau.notification.booking.domain;

import fr.creneau.booking.api.BookingEvent;

/** Published inside the transaction that applied a booking event, for whatever must follow the appointment. */
public record AppointmentChanged(BookingEvent event) {
}
