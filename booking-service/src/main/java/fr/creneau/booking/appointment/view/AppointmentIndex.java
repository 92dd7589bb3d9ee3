package fr.creneau.booking.appointment.view;

import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.AppointmentModified;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.SlotReserved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps the appointment table in step with the counter-days, in the same transaction as their events. */
@Component
@ProcessingGroup("booking-projections")
public class AppointmentIndex {

    private final JdbcClient jdbc;

    AppointmentIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppointmentEvent event) {
        if (event instanceof AppointmentMovedOut) {
            return;
        }
        Booking booking = event.booking();
        jdbc.sql("""
                        INSERT INTO appointment (appointment_id, counter_day_id, commune_id, appointment_type_id,
                            option_id, counter_id, starts_at, ends_at, status, agent_id, units, persons, channel, booked_at, sealed_contact)
                        VALUES (:id, :day, :communeId, :typeId, :optionId, :counterId, :start, :end, :status, :agentId, :units,
                            :persons, :channel, :bookedAt, :sealed)
                        ON CONFLICT (appointment_id) DO UPDATE SET counter_day_id = EXCLUDED.counter_day_id,
                            option_id = EXCLUDED.option_id, units = EXCLUDED.units, persons = EXCLUDED.persons,
                            counter_id = EXCLUDED.counter_id, starts_at = EXCLUDED.starts_at,
                            ends_at = EXCLUDED.ends_at, status = EXCLUDED.status, agent_id = EXCLUDED.agent_id,
                            sealed_contact = COALESCE(EXCLUDED.sealed_contact, appointment.sealed_contact)""")
                .param("id", booking.appointmentId())
                .param("day", event.counterDayId())
                .param("communeId", booking.communeId())
                .param("typeId", booking.details().appointmentTypeId())
                .param("optionId", booking.details().optionId())
                .param("counterId", booking.counterId())
                .param("start", Timestamp.from(booking.range().start()))
                .param("end", Timestamp.from(booking.range().end()))
                .param("status", booking.status().name())
                .param("agentId", booking.agentId())
                .param("units", booking.units())
                .param("persons", booking.persons())
                .param("channel", booking.channel().name())
                .param("bookedAt", Timestamp.from(booking.bookedAt()))
                .param("sealed", sealedContact(event))
                .update();
    }

    /** The sealed contact details of the appointment, to be opened with its key (gone once erased). */
    public Optional<String> sealedContact(String appointmentId) {
        return jdbc.sql("SELECT sealed_contact FROM appointment WHERE appointment_id = :id")
                .param("id", appointmentId).query(String.class).optional();
    }

    /** The appointments of a commune starting in [from, to), earliest first, optionally of one counter or agent. */
    public List<AppointmentSummary> agenda(String communeId, Instant from, Instant to, String counterId,
            String agentId) {
        return agenda(communeId, from, to, counterId, agentId, null);
    }

    /** The same, and only those in {@code status} when it is not null (the approval queue). */
    public List<AppointmentSummary> agenda(String communeId, Instant from, Instant to, String counterId,
            String agentId, BookingStatus status) {
        return jdbc.sql("""
                        SELECT * FROM appointment WHERE commune_id = :communeId AND starts_at >= :from AND starts_at < :to
                        AND (CAST(:counterId AS VARCHAR) IS NULL OR counter_id = :counterId)
                        AND (CAST(:agentId AS VARCHAR) IS NULL OR agent_id = :agentId)
                        AND (CAST(:status AS VARCHAR) IS NULL OR status = :status)
                        ORDER BY starts_at, counter_id""")
                .param("communeId", communeId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("counterId", counterId)
                .param("agentId", agentId)
                .param("status", status == null ? null : status.name())
                .query(AppointmentIndex::summary)
                .list();
    }

    public Optional<AppointmentSummary> find(String appointmentId) {
        return jdbc.sql("SELECT * FROM appointment WHERE appointment_id = :id")
                .param("id", appointmentId)
                .query(AppointmentIndex::summary)
                .optional();
    }

    private static AppointmentSummary summary(ResultSet rs, int row) throws SQLException {
        return new AppointmentSummary(rs.getString("appointment_id"),
                rs.getString("counter_day_id"), rs.getString("commune_id"),
                rs.getString("appointment_type_id"), rs.getString("option_id"), rs.getString("counter_id"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                BookingStatus.valueOf(rs.getString("status")), rs.getString("agent_id"), rs.getInt("units"), rs.getInt("persons"),
                rs.getString("channel"), rs.getTimestamp("booked_at").toInstant());
    }

    private static String sealedContact(AppointmentEvent event) {
        if (event instanceof SlotReserved reserved) {
            return reserved.sealedContact();
        }
        if (event instanceof AppointmentModified modified) {
            return modified.sealedContact();
        }
        return event instanceof AppointmentBooked booked ? booked.sealedContact() : null;
    }
}
