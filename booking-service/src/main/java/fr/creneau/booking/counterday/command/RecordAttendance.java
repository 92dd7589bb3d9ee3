package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** The citizen came, or did not. */
public record RecordAttendance(@TargetAggregateIdentifier String counterDayId, String appointmentId, boolean attended, String agentId, Instant now) {
}
