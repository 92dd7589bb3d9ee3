/** What the gateway tells the services about an agent: the roles, the header, the token only the gateway signs. */
package fr.creneau.identity;
