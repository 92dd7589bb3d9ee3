/** The cells of the analysts' stream, one commune, day and dimension value each, and which cells a change touches. */
package fr.creneau.stats.stream.domain;
