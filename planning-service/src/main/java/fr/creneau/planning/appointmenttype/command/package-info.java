/** Creating, changing and archiving appointment types. */
package fr.creneau.planning.appointmenttype.command;
