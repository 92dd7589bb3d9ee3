/** What the platform's operator reads of every commune's bookings. */
package fr.creneau.booking.operator;
