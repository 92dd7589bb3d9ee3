/** The waiting line's events and values: who waits, which place freed up, who holds the offer of it. */
package fr.creneau.booking.waitinglist.domain;
