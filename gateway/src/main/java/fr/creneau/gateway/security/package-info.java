/**
 * Agents' sign-in at the gateway: the JSON login, sessions, CSRF, the answers to anonymous and refused requests,
 * and the wiring of Spring Security.
 */
package fr.creneau.gateway.security;
