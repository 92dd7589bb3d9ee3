package fr.creneau.booking.waitinglist.command;

import fr.creneau.booking.waitinglist.domain.Waiter;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a booked appointment in its line; asking again changes nothing. */
public record JoinWaitingLine(@TargetAggregateIdentifier String lineId, Waiter waiter) {
}
