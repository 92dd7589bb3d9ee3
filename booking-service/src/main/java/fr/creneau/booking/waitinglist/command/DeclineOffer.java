package fr.creneau.booking.waitinglist.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The waiter does not want the place offered to them; they keep their appointment and their place in line. */
public record DeclineOffer(@TargetAggregateIdentifier String lineId, String appointmentId, Instant now) {
}
