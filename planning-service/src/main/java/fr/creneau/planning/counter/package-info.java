/** Counters (guichets): at a place, for some appointment types, open by applied reference weeks and exceptions. */
package fr.creneau.planning.counter;
