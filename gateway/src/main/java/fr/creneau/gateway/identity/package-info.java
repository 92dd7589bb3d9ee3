/** The signed-in agent's identity, passed to the services as a short-lived token only the gateway can sign. */
package fr.creneau.gateway.identity;
