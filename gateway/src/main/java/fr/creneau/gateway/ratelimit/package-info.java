/** Per-client rate limits, stricter on the requests that send a code or try one, shared by every gateway. */
package fr.creneau.gateway.ratelimit;
