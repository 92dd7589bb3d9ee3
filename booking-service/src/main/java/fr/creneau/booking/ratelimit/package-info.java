/** Rate limits on the endpoints a bot would hammer to hoard slots or guess codes (Resilience4j). */
package fr.creneau.booking.ratelimit;
