/** Errors the gateway answers by itself, as problem+json in French like the services' own. */
package fr.creneau.gateway.problem;
