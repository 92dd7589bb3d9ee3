/** Gathers from the views everything that decides a counter's capacity. */
package fr.creneau.planning.capacity.plan;
