/** A change of a counter's capacity on the days it names. */
package fr.creneau.stats.planning.domain;
