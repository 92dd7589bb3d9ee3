package fr.creneau.booking.waitinglist.command;

import fr.creneau.booking.counterday.domain.Usage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Planning opened capacity at a counter of this line's place that takes its type: offer each waiter, first asked
 * first, the earliest place of it on the type's grid ({@code step}) that fits them, for {@code validity}. Answers
 * what no waiter of this line was offered, for the next line. {@code openingId}: the id of the stored event.
 */
public record OfferOpenedCapacity(@TargetAggregateIdentifier String lineId, String openingId, String counterDayId,
        String counterId, String counterName, List<Usage> opened, Duration step, Duration validity, Instant now) {
}
