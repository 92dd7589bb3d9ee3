package fr.creneau.booking.counterday.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** End a hold whose time is up, if it is still held (the sweep of {@link HoldExpiries}). */
public record ExpireHold(@TargetAggregateIdentifier String counterDayId, String appointmentId, Instant now)
        implements CounterDayCommand {
}
