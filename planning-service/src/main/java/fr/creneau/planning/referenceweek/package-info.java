/** Reference weeks (semaines types): named opening hours, written one {@code 09h00-12h00} range a line per day. */
package fr.creneau.planning.referenceweek;
