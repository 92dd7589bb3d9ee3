/** Per-client rate limits, stricter on the requests that send a code or try one. */
package fr.creneau.gateway.ratelimit;
