/** The ANTS' words: reasons, statuses of a pre-application, a commune's choices, and its times. */
package fr.creneau.booking.ants.domain;
