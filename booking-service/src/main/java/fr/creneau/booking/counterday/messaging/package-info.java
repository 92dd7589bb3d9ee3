/** Publishes the counter-days' stored events as booking-api records on booking.events, and contacts on booking.contacts. */
package fr.creneau.booking.counterday.messaging;
