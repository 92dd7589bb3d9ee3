/** Creating counters, applying reference weeks to them (and withdrawing them) and adding one-off exceptions. */
package fr.creneau.planning.counter.command;
