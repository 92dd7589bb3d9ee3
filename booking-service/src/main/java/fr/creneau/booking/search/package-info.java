/** Agents find a citizen's appointments by name, phone, e-mail or ANTS number, without the clear details in a table. */
package fr.creneau.booking.search;
