/** Agents, with availability and absences, as capacity computation reads them. */
package fr.creneau.planning.agent.view;
