/** The agent's identity for the services: the token only the gateway signs (security writes it on each request). */
package fr.creneau.gateway.identity;
