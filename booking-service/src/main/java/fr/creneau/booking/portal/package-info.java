/** What a commune's booking page shows before any slot: its places and the appointment types open online. */
package fr.creneau.booking.portal;
