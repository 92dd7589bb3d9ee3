package fr.creneau.booking.onetimecode.view;

import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.BookingStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Forgets the pending code of a hold as soon as it is no longer a hold (confirmed, expired, cancelled...). */
@Component
@ProcessingGroup("booking-projections")
class SpentCodes {

    private final JdbcClient jdbc;

    SpentCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppointmentEvent event) {
        if (event.booking().status() != BookingStatus.HELD) {
            jdbc.sql("DELETE FROM one_time_code WHERE appointment_id = :id")
                    .param("id", event.booking().appointmentId()).update();
        }
    }
}
