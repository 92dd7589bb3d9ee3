/** Reacts to booking.events: the notices each event calls for, and the latest state of each appointment. */
package fr.creneau.notification.booking;
