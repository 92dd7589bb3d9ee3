package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** An agent approves an appointment awaiting approval. */
public record ApproveAppointment(@TargetAggregateIdentifier String counterDayId, String appointmentId, String agentId, Instant now) {
}
