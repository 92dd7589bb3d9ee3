package fr.creneau.booking.waitinglist.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The waiter takes the place offered to them, if the offer still lives. */
public record AcceptOffer(@TargetAggregateIdentifier String lineId, String appointmentId, Instant now) {
}
