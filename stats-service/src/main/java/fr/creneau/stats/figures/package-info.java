/** The figures a mairie reads: counts, rates, lead times and occupancy by period and dimension, as JSON or CSV. */
package fr.creneau.stats.figures;
