package fr.creneau.booking.calendarfeed.view;

import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import fr.creneau.booking.search.view.ContactSearchIndex;
import fr.creneau.booking.shared.view.ProjectionWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Counts each appointment's changes: the count is the SEQUENCE of its event in the agents' feeds and the last change
 * its DTSTAMP, so that a calendar application takes the newer version. It rides on the search index's processor, a
 * moment behind the events, rather than in the counter-day's turn, which a rush makes every statement pay for; a
 * batch handled twice after a failure counts some changes twice, which only raises the SEQUENCE.
 */
@Component
@ProcessingGroup(ContactSearchIndex.PROCESSOR)
class AppointmentChanges {

    private final ProjectionWrites writes;

    AppointmentChanges(ProjectionWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(AppointmentEvent event) {
        if (event instanceof AppointmentMovedOut) {
            // its arrival on the other day is the change
            return;
        }
        writes.update("appointment_change", """
                        INSERT INTO appointment_change (appointment_id, changes, changed_at) VALUES (:id, 0, :at)
                        ON CONFLICT (appointment_id) DO UPDATE SET changes = appointment_change.changes + 1,
                            changed_at = GREATEST(appointment_change.changed_at, EXCLUDED.changed_at)""",
                new MapSqlParameterSource("id", event.booking().appointmentId())
                        .addValue("at", Timestamp.from(event.occurredAt())));
    }
}
