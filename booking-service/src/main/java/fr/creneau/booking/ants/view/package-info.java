/** What the ANTS and the agents read: meeting points, free slots, appointments by number, settings, the call log. */
package fr.creneau.booking.ants.view;
