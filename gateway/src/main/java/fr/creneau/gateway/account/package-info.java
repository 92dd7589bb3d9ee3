/** Agents' accounts: who may sign in, with which roles, in which commune; stored in the gateway's own database. */
package fr.creneau.gateway.account;
