/** The development inbox, served at the gateway only when it was asked for. */
package fr.creneau.gateway.devinbox;
