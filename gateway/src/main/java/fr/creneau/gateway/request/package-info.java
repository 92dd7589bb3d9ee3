/**
 * What the gateway refuses before routing a request, in French problem+json: a body too large or too slow to
 * arrive, an address Netty or the firewall will not read, JSON its own endpoints cannot read strictly.
 */
package fr.creneau.gateway.request;
