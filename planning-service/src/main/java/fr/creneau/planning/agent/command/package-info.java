/** Creating agents, setting their weekly availability and their absences. */
package fr.creneau.planning.agent.command;
