package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.AppointmentChange;
import fr.creneau.booking.counterday.domain.AppointmentDetails;
import fr.creneau.booking.counterday.domain.TimeRange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Change what an appointment is about, on its slot: its details (option), its range and units (persons), its
 * sealed contact details (null when unchanged).
 */
public record ModifyAppointment(
        @TargetAggregateIdentifier String counterDayId,
        String appointmentId,
        AppointmentDetails details,
        TimeRange range,
        int units,
        int persons,
        List<AppointmentChange> changes,
        String sealedContact,
        boolean byAgent,
        String agentId,
        Instant now) implements CounterDayCommand {
}
