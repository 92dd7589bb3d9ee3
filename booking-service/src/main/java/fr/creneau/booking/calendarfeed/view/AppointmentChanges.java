package fr.creneau.booking.calendarfeed.view;

import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Counts each appointment's changes, in the same transaction as its events: the count is the SEQUENCE of its event
 * in the agents' feeds and the last change its DTSTAMP, so that a calendar application takes the newer version.
 */
@Component
@ProcessingGroup("booking-projections")
class AppointmentChanges {

    private final JdbcClient jdbc;

    AppointmentChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppointmentEvent event) {
        if (event instanceof AppointmentMovedOut) {
            // its arrival on the other day is the change
            return;
        }
        jdbc.sql("""
                        INSERT INTO appointment_change (appointment_id, changes, changed_at) VALUES (:id, 0, :at)
                        ON CONFLICT (appointment_id) DO UPDATE SET changes = appointment_change.changes + 1,
                            changed_at = GREATEST(appointment_change.changed_at, EXCLUDED.changed_at)""")
                .param("id", event.booking().appointmentId())
                .param("at", Timestamp.from(event.occurredAt()))
                .update();
    }
}
