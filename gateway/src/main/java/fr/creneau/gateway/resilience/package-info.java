/** One circuit breaker per downstream service, and the French answer given while that service is down. */
package fr.creneau.gateway.resilience;
