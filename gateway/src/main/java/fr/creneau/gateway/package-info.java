/** The only public entry of Créneau: routes to the services, protects them, and serves the pages. */
package fr.creneau.gateway;
