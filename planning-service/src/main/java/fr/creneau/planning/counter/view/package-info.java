/** Counters, with their applied schedules and exceptions, as capacity computation reads them. */
package fr.creneau.planning.counter.view;
