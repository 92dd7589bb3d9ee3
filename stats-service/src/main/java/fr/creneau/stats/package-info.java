/**
 * Statistics for the mairies and the analysts' stream, projected from {@code booking.events} and
 * {@code planning.events}.
 */
package fr.creneau.stats;
