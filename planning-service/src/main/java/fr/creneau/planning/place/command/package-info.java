/** Creating and describing places. */
package fr.creneau.planning.place.command;
