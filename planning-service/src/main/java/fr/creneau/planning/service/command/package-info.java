/** Creating municipal services. */
package fr.creneau.planning.service.command;
