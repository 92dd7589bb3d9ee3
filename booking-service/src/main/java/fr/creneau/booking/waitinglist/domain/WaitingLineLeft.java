package fr.creneau.booking.waitinglist.domain;

import java.time.Instant;

/** The appointment waits no more: withdrawn by the citizen, or cancelled, moved or unscheduled meanwhile. */
public record WaitingLineLeft(String lineId, String appointmentId, Instant occurredAt) {
}
