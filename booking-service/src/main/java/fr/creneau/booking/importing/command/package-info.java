/** Runs an import: checks every line, books each appointment through its counter-day, all or nothing. */
package fr.creneau.booking.importing.command;
