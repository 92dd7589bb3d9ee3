/** Rate limits per person and per appointment on what a bot would hammer to hoard slots or guess codes. */
package fr.creneau.booking.ratelimit;
