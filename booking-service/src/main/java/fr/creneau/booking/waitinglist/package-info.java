/** The waiting list: citizens who booked ask for an earlier slot of the same type and place, offered as one frees up. */
package fr.creneau.booking.waitinglist;
