/** Taking a slot: a citizen's hold waiting for the one-time code, or an agent's booking for a citizen. */
package fr.creneau.booking.reservation;
