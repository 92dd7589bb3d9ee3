package fr.creneau.booking.onetimecode.view;

import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.shared.view.ProjectionWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Forgets the pending code of a hold as soon as it is no longer a hold (confirmed, expired, cancelled...). */
@Component
@ProcessingGroup("booking-projections")
class SpentCodes {

    private final ProjectionWrites writes;

    SpentCodes(ProjectionWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(AppointmentEvent event) {
        if (event.booking().status() != BookingStatus.HELD) {
            writes.update("one_time_code", "DELETE FROM one_time_code WHERE appointment_id = :id",
                    new MapSqlParameterSource("id", event.booking().appointmentId()));
        }
    }
}
