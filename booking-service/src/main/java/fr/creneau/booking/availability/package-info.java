/** Free slots for citizens and agents, served from a projection of capacity and occupancy, never by replaying events. */
package fr.creneau.booking.availability;
