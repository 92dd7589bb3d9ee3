/** Checks a planning file line by line and sends its commands, all or nothing. */
package fr.creneau.planning.importing.command;
