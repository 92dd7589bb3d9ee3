package fr.creneau.stats.appointment.domain;

import java.time.Instant;

/**
 * Published inside the transaction that changed an appointment's fact, so that listeners (the analysts' stream)
 * act before it commits. {@code before} is null for an appointment seen for the first time.
 */
public record AppointmentChanged(AppointmentFact before, AppointmentFact after, Instant occurredAt) {
}
