package fr.creneau.booking.waitinglist.command;

import fr.creneau.booking.waitinglist.domain.FreedPlace;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.time.Instant;

/** A place of this line's type and place freed up: offer it, for {@code validity}, to the first who fits. */
public record OfferFreedPlace(@TargetAggregateIdentifier String lineId, FreedPlace place, Duration validity,
        Instant now) {
}
