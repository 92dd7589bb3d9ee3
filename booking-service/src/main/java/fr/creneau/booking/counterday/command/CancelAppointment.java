package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** The citizen or an agent cancels. */
public record CancelAppointment(@TargetAggregateIdentifier String counterDayId, String appointmentId, boolean byAgent, String agentId, String reason, Instant now) {
}
