/** Who may call which path with which method: the gateway's table of rules, and the commune each path names. */
package fr.creneau.gateway.security.access;
