package fr.creneau.booking.counterday.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An agent refuses an appointment awaiting approval. */
public record RefuseAppointment(
        @TargetAggregateIdentifier String counterDayId,
        String appointmentId,
        String agentId,
        String reason,
        Instant now) implements CounterDayCommand {
}
