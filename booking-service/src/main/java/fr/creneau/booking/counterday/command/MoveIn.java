package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.TimeRange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Take capacity here for an appointment leaving another counter-day. */
public record MoveIn(
        @TargetAggregateIdentifier String counterDayId,
        Booking booking,
        String previousCounterDayId,
        TimeRange previousRange,
        String previousPlaceId,
        String previousCounterId,
        Instant earliestStart,
        Instant latestStart,
        boolean byAgent,
        String sealedContact,
        Instant now) implements CounterDayCommand {
}
