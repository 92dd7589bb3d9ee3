/** Moving in: a commune's places, types, reference weeks, counters and agents from another tool's CSV files. */
package fr.creneau.planning.importing;
