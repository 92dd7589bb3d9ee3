package fr.creneau.booking.counterday.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Give up a hold (too many wrong codes). */
public record ReleaseHold(@TargetAggregateIdentifier String counterDayId, String appointmentId, Instant now)
        implements CounterDayCommand {
}
