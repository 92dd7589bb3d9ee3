/** Who the agent is, as the gateway signs it, and the guard that keeps every agent inside their own commune. */
package fr.creneau.platform.identity;
