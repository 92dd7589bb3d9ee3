/** Publishes the figures of every cell a change touched on stats.appointments, and the record it publishes. */
package fr.creneau.stats.stream.messaging;
