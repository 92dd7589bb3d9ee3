package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Take capacity here for an appointment leaving another counter-day. */
public record MoveIn(@TargetAggregateIdentifier String counterDayId, Booking booking, String previousCounterDayId, TimeRange previousRange, String previousPlaceId, String previousCounterId, Instant earliestStart, Instant latestStart, boolean byAgent, String sealedContact, Instant now) {
}
