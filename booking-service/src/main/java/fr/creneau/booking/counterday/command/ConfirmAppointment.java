package fr.creneau.booking.counterday.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The citizen gave the right code. */
public record ConfirmAppointment(
        @TargetAggregateIdentifier String counterDayId,
        String appointmentId,
        Instant now) implements CounterDayCommand {
}
