/** The six-digit reference of each appointment, written in its messages and typed on the phone to find it. */
package fr.creneau.booking.reference;
