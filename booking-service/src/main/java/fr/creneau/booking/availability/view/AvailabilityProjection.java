package fr.creneau.booking.availability.view;

import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.DayCapacityChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Capacity windows and occupancy per counter, written in the transaction of the command that changed them
 * (subscribing processor), so a slot shown free was free when the page was read.
 */
@Component
@ProcessingGroup("booking-projections")
class AvailabilityProjection {

    private final JdbcClient jdbc;

    AvailabilityProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DayCapacityChanged event) {
        jdbc.sql("DELETE FROM capacity_window WHERE counter_day_id = :id").param("id", event.counterDayId()).update();
        for (CapacityWindow window : event.capacity().windows()) {
            jdbc.sql("""
                            INSERT INTO capacity_window (counter_day_id, counter_id, starts_at, ends_at, capacity, agent_ids)
                            VALUES (:id, :counterId, :start, :end, :capacity, :agents)""")
                    .param("id", event.counterDayId())
                    .param("counterId", event.counterId())
                    .param("start", Timestamp.from(window.range().start()))
                    .param("end", Timestamp.from(window.range().end()))
                    .param("capacity", window.capacity())
                    .param("agents", String.join(",", window.agentIds()))
                    .update();
        }
    }

    @EventHandler
    void on(AppointmentEvent event) {
        Booking booking = event.booking();
        if (event instanceof AppointmentMovedOut) {
            jdbc.sql("DELETE FROM occupancy WHERE appointment_id = :id AND counter_day_id = :day")
                    .param("id", booking.appointmentId()).param("day", event.counterDayId()).update();
        } else if (booking.status().occupies()) {
            jdbc.sql("""
                            INSERT INTO occupancy (appointment_id, counter_day_id, counter_id, starts_at, ends_at, units, agent_id)
                            VALUES (:id, :day, :counterId, :start, :end, :units, :agentId)
                            ON CONFLICT (appointment_id) DO UPDATE SET counter_day_id = EXCLUDED.counter_day_id,
                                counter_id = EXCLUDED.counter_id, starts_at = EXCLUDED.starts_at,
                                ends_at = EXCLUDED.ends_at, units = EXCLUDED.units,
                                agent_id = EXCLUDED.agent_id""")
                    .param("id", booking.appointmentId())
                    .param("day", event.counterDayId())
                    .param("counterId", booking.counterId())
                    .param("start", Timestamp.from(booking.range().start()))
                    .param("end", Timestamp.from(booking.range().end()))
                    .param("units", booking.units())
                    .param("agentId", booking.agentId())
                    .update();
        } else {
            jdbc.sql("DELETE FROM occupancy WHERE appointment_id = :id").param("id", booking.appointmentId()).update();
        }
    }
}
