/** The breakdowns of the figures, named as the API and the stream name them. */
package fr.creneau.stats.dimension.domain;
