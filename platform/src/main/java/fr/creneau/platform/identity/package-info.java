/** The agent a request comes from, read from the gateway's signed identity, and the guard of the agent paths. */
package fr.creneau.platform.identity;
