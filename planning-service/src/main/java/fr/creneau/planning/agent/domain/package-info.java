/** What an agent is and what happens to one. */
package fr.creneau.planning.agent.domain;
