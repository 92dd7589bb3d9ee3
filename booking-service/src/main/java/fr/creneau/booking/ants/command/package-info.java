/** What we tell the ANTS and ask it: number checks behind a breaker, the outbox's sending, a commune's settings. */
package fr.creneau.booking.ants.command;
