package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.TimeRange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Move an appointment to another time of the same counter-day, in one step. */
public record RescheduleWithinDay(
        @TargetAggregateIdentifier String counterDayId,
        String appointmentId,
        TimeRange newRange,
        Instant earliestStart,
        Instant latestStart,
        boolean byAgent,
        Instant now) implements CounterDayCommand {
}
