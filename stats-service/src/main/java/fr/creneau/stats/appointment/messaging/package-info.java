/** Reads booking.events into the appointments' facts. */
package fr.creneau.stats.appointment.messaging;
