/** Signing in through ProConnect (OpenID Connect), active only when its client registration is configured. */
package fr.creneau.gateway.security.oidc;
