/** Reads booking.events, skipping the event types this version does not know. */
package fr.creneau.notification.booking.messaging;
