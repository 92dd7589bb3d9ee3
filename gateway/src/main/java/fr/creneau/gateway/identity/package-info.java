/** The signed-in agent's identity, passed to the services in X-Creneau-Agent-* headers that only the gateway writes. */
package fr.creneau.gateway.identity;
