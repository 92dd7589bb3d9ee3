package fr.creneau.booking.counterday.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Free the capacity of an appointment that is now booked on another counter-day. */
public record MoveOut(
        @TargetAggregateIdentifier String counterDayId,
        String appointmentId,
        String newCounterDayId,
        Instant now) implements CounterDayCommand {
}
