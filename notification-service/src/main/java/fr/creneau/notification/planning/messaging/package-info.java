/** Reads planning.events for the appointment types. */
package fr.creneau.notification.planning.messaging;
