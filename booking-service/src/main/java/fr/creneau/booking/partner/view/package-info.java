/** Which types a partner may book, and which appointments they booked. */
package fr.creneau.booking.partner.view;
