package fr.creneau.booking.counterday.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The citizen or an agent cancels. */
public record CancelAppointment(
        @TargetAggregateIdentifier String counterDayId,
        String appointmentId,
        boolean byAgent,
        String agentId,
        String reason,
        Instant now) implements CounterDayCommand {
}
