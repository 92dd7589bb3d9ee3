package fr.creneau.notification.booking.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.EarlierSlotOffered;
import fr.creneau.notification.booking.domain.AppointmentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The latest state of each appointment, as booking.events told it: what reminders and agendas are made of. */
@Repository
public class AppointmentViews {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AppointmentViews(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void apply(BookingEvent event) {
        if (event.appointment() == null || event instanceof EarlierSlotOffered) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO appointment_view (appointment_id, commune_id, appointment_type_id, status, start_at,
                                                      appointment, updated_at)
                        VALUES (:id, :communeId, :typeId, :status, :start, CAST(:appointment AS jsonb), :at)
                        ON CONFLICT (appointment_id) DO UPDATE SET status = excluded.status,
                            appointment_type_id = excluded.appointment_type_id, start_at = excluded.start_at,
                            appointment = excluded.appointment, updated_at = excluded.updated_at
                        WHERE appointment_view.updated_at <= excluded.updated_at""")
                .param("id", event.appointmentId())
                .param("communeId", event.communeId())
                .param("typeId", event.appointment().appointmentTypeId())
                .param("status", AppointmentStatus.after(event).name())
                .param("start", Timestamp.from(event.appointment().start()))
                .param("appointment", write(event.appointment()))
                .param("at", Timestamp.from(event.occurredAt() == null ? Instant.EPOCH : event.occurredAt()))
                .update();
    }

    public Optional<AppointmentView> find(String appointmentId) {
        return jdbc.sql("SELECT * FROM appointment_view WHERE appointment_id = :id").param("id", appointmentId)
                .query((rs, row) -> new AppointmentView(rs.getString("appointment_id"), rs.getString("commune_id"),
                        AppointmentStatus.valueOf(rs.getString("status")), read(rs.getString("appointment"))))
                .optional();
    }

    /** The appointments of a commune that stand (confirmed or approved) and start in [from, to), by start time. */
    public List<AppointmentView> standingBetween(String communeId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT * FROM appointment_view
                        WHERE commune_id = :c AND status = 'BOOKED' AND start_at >= :from AND start_at < :to
                        ORDER BY start_at, appointment_id""")
                .param("c", communeId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, row) -> new AppointmentView(rs.getString("appointment_id"), rs.getString("commune_id"),
                        AppointmentStatus.valueOf(rs.getString("status")), read(rs.getString("appointment"))))
                .list();
    }

    private String write(Appointment appointment) {
        try {
            return json.writeValueAsString(appointment);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Appointment read(String appointment) {
        try {
            return json.readValue(appointment, Appointment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public record AppointmentView(String appointmentId, String communeId, AppointmentStatus status,
                                  Appointment appointment) {
    }
}
