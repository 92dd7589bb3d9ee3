/** Agents' web sessions in the gateway's database, so that any gateway serves any session, and a restart keeps them. */
package fr.creneau.gateway.session;
