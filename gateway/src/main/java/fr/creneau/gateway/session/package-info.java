/** Agents' web sessions kept in the gateway's database, so that any gateway serves any session and survives a restart. */
package fr.creneau.gateway.session;
