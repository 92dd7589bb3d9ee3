/**
 * Agents' sign-in at the gateway: the JSON login, sessions, CSRF, the answers to anonymous and refused requests, the
 * signed identity forwarded to the services, and the wiring of Spring Security.
 */
package fr.creneau.gateway.security;
