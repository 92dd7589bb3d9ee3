/** What a figures query asks for and what it answers: counts, rates, lead times and occupancy of a bucket. */
package fr.creneau.stats.figures.domain;
