package fr.creneau.booking.counterday.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An agent approves an appointment awaiting approval. */
public record ApproveAppointment(
        @TargetAggregateIdentifier String counterDayId,
        String appointmentId,
        String agentId,
        Instant now) implements CounterDayCommand {
}
