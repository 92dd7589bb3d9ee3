/** The display names of places, counters, agents, services, types and options. */
package fr.creneau.stats.dimension.view;
