/** Applies a booking event once: the appointment's new state and the notices the event calls for. */
package fr.creneau.notification.booking.command;
