package fr.creneau.booking.waitinglist.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Takes an appointment out of its line (its live offer, if any, goes to the next in line); idempotent. */
public record LeaveWaitingLine(@TargetAggregateIdentifier String lineId, String appointmentId, Instant now) {
}
