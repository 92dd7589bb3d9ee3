/** Agents: who they are, which services and counters they work for, when they work and when they are away. */
package fr.creneau.planning.agent;
