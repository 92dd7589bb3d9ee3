/** Where each appointment lives and where it stands, for lookups by id (confirmation, manage link, agents). */
package fr.creneau.booking.appointment;
