package fr.creneau.booking.counterday.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Give a team appointment to one of its agents. */
public record AssignAppointment(
        @TargetAggregateIdentifier String counterDayId,
        String appointmentId,
        String agentId,
        Instant now) implements CounterDayCommand {
}
