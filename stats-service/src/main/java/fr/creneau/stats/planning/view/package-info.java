/** The capacity_range table and the projector that applies each planning event to it once. */
package fr.creneau.stats.planning.view;
