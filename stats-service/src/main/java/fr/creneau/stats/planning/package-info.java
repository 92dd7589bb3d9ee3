/** Follows planning.events: the capacity of each counter by date, and the names of places, counters, agents... */
package fr.creneau.stats.planning;
