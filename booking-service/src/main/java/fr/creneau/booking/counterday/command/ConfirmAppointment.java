package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** The citizen gave the right code. */
public record ConfirmAppointment(@TargetAggregateIdentifier String counterDayId, String appointmentId, Instant now) {
}
