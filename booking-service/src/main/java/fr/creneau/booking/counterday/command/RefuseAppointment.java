package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** An agent refuses an appointment awaiting approval. */
public record RefuseAppointment(@TargetAggregateIdentifier String counterDayId, String appointmentId, String agentId, String reason, Instant now) {
}
