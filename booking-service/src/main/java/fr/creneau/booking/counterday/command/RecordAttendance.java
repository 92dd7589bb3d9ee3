package fr.creneau.booking.counterday.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The citizen came, or did not. */
public record RecordAttendance(
        @TargetAggregateIdentifier String counterDayId,
        String appointmentId,
        boolean attended,
        String agentId,
        Instant now) implements CounterDayCommand {
}
