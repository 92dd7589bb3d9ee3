/** HTTP API of agents: description, weekly availability, absences. */
package fr.creneau.planning.agent.web;
