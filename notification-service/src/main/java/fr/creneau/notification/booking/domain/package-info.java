/** What a booking event means here: the appointment's status, and which notices each event calls for. */
package fr.creneau.notification.booking.domain;
