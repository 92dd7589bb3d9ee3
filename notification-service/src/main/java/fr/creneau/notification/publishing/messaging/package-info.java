/** Relays the outbox to notification.events, in order. */
package fr.creneau.notification.publishing.messaging;
