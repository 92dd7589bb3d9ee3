package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Give up a hold (too many wrong codes). */
public record ReleaseHold(@TargetAggregateIdentifier String counterDayId, String appointmentId, Instant now) {
}
