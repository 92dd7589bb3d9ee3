/**
 * Follows each appointment through booking.events and keeps where it stands: the facts every figure is counted
 * from.
 */
package fr.creneau.stats.appointment;
