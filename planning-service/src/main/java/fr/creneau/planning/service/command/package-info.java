/** Creating and renaming municipal services. */
package fr.creneau.planning.service.command;
