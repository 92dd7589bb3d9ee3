/** Reads planning.events into capacities and display names. */
package fr.creneau.stats.planning.messaging;
