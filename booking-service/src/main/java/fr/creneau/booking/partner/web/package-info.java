/** A partner's own bookings and the types open to them, over HTTP. */
package fr.creneau.booking.partner.web;
