package fr.creneau.booking.availability.view;

import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.DayCapacityChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import fr.creneau.booking.shared.view.ProjectionWrites;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Capacity windows and occupancy per counter, written in the transaction of the command that changed them
 * (subscribing processor), so a slot shown free was free when the page was read.
 */
@Component
@ProcessingGroup("booking-projections")
class AvailabilityProjection {

    private final ProjectionWrites writes;

    AvailabilityProjection(ProjectionWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(DayCapacityChanged event) {
        writes.update("capacity_window", "DELETE FROM capacity_window WHERE counter_day_id = :id",
                new MapSqlParameterSource("id", event.counterDayId()));
        for (CapacityWindow window : event.capacity().windows()) {
            writes.update("capacity_window", """
                            INSERT INTO capacity_window (counter_day_id, counter_id, starts_at, ends_at, capacity, agent_ids)
                            VALUES (:id, :counterId, :start, :end, :capacity, :agents)""", new MapSqlParameterSource()
                    .addValue("id", event.counterDayId())
                    .addValue("counterId", event.counterId())
                    .addValue("start", Timestamp.from(window.range().start()))
                    .addValue("end", Timestamp.from(window.range().end()))
                    .addValue("capacity", window.capacity())
                    .addValue("agents", String.join(",", window.agentIds())));
        }
    }

    @EventHandler
    void on(AppointmentEvent event) {
        Booking booking = event.booking();
        if (event instanceof AppointmentMovedOut) {
            writes.update("occupancy", "DELETE FROM occupancy WHERE appointment_id = :id AND counter_day_id = :day",
                    new MapSqlParameterSource("id", booking.appointmentId()).addValue("day", event.counterDayId()));
        } else if (booking.status().occupies()) {
            writes.update("occupancy", """
                            INSERT INTO occupancy (appointment_id, counter_day_id, counter_id, starts_at, ends_at, units, agent_id)
                            VALUES (:id, :day, :counterId, :start, :end, :units, :agentId)
                            ON CONFLICT (appointment_id) DO UPDATE SET counter_day_id = EXCLUDED.counter_day_id,
                                counter_id = EXCLUDED.counter_id, starts_at = EXCLUDED.starts_at,
                                ends_at = EXCLUDED.ends_at, units = EXCLUDED.units,
                                agent_id = EXCLUDED.agent_id""", new MapSqlParameterSource()
                    .addValue("id", booking.appointmentId())
                    .addValue("day", event.counterDayId())
                    .addValue("counterId", booking.counterId())
                    .addValue("start", Timestamp.from(booking.range().start()))
                    .addValue("end", Timestamp.from(booking.range().end()))
                    .addValue("units", booking.units())
                    .addValue("agentId", booking.agentId()));
        } else {
            writes.update("occupancy", "DELETE FROM occupancy WHERE appointment_id = :id",
                    new MapSqlParameterSource("id", booking.appointmentId()));
        }
    }
}
