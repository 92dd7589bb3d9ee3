/** Publishes the offers of an earlier slot on booking.events, for notification-service to send. */
package fr.creneau.booking.waitinglist.messaging;
