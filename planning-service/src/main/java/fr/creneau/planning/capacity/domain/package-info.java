/** How many appointments a counter can hold at each moment: opening hours, agents, holidays, closures, absences. */
package fr.creneau.planning.capacity.domain;
