package fr.creneau.booking.appointment.view;

import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.AppointmentModified;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.SlotReserved;
import fr.creneau.booking.shared.view.ProjectionWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Keeps the appointment table in step with the counter-days, in the same transaction as their events. */
@Component
@ProcessingGroup("booking-projections")
public class AppointmentIndex {

    private final JdbcClient jdbc;
    private final ProjectionWrites writes;

    AppointmentIndex(JdbcClient jdbc, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(AppointmentEvent event) {
        if (event instanceof AppointmentMovedOut) {
            return;
        }
        Booking booking = event.booking();
        writes.update("appointment", """
                        INSERT INTO appointment (appointment_id, counter_day_id, commune_id, appointment_type_id,
                            option_id, counter_id, starts_at, ends_at, status, agent_id, units, persons, channel, booked_at, sealed_contact,
                            hold_expires_at)
                        VALUES (:id, :day, :communeId, :typeId, :optionId, :counterId, :start, :end, :status, :agentId, :units,
                            :persons, :channel, :bookedAt, :sealed, :holdExpiresAt)
                        ON CONFLICT (appointment_id) DO UPDATE SET counter_day_id = EXCLUDED.counter_day_id,
                            option_id = EXCLUDED.option_id, units = EXCLUDED.units, persons = EXCLUDED.persons,
                            counter_id = EXCLUDED.counter_id, starts_at = EXCLUDED.starts_at,
                            ends_at = EXCLUDED.ends_at, status = EXCLUDED.status, agent_id = EXCLUDED.agent_id,
                            hold_expires_at = EXCLUDED.hold_expires_at,
                            sealed_contact = COALESCE(EXCLUDED.sealed_contact, appointment.sealed_contact)""",
                new MapSqlParameterSource()
                .addValue("id", booking.appointmentId())
                .addValue("day", event.counterDayId())
                .addValue("communeId", booking.communeId())
                .addValue("typeId", booking.details().appointmentTypeId())
                .addValue("optionId", booking.details().optionId())
                .addValue("counterId", booking.counterId())
                .addValue("start", Timestamp.from(booking.range().start()))
                .addValue("end", Timestamp.from(booking.range().end()))
                .addValue("status", booking.status().name())
                .addValue("agentId", booking.agentId())
                .addValue("units", booking.units())
                .addValue("persons", booking.persons())
                .addValue("channel", booking.channel().name())
                .addValue("bookedAt", Timestamp.from(booking.bookedAt()))
                .addValue("sealed", sealedContact(event))
                .addValue("holdExpiresAt", booking.holdExpiresAt() == null ? null
                        : Timestamp.from(booking.holdExpiresAt())));
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
        return agenda(communeId, from, to, new AgendaFilter(counterId == null ? null : Set.of(counterId), agentId,
                status, null, null));
    }

    /** The appointments of a commune starting in [from, to) that pass {@code filter}, earliest first. */
    public List<AppointmentSummary> agenda(String communeId, Instant from, Instant to, AgendaFilter filter) {
        if (filter.excludesAll()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(
                "SELECT * FROM appointment WHERE commune_id = :communeId AND starts_at >= :from AND starts_at < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("communeId", communeId);
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        if (filter.counterIds() != null) {
            sql.append(" AND counter_id IN (:counterIds)");
            params.put("counterIds", filter.counterIds());
        }
        if (filter.agentId() != null) {
            sql.append(" AND agent_id = :agentId");
            params.put("agentId", filter.agentId());
        }
        if (filter.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.typeIds() != null) {
            sql.append(" AND (appointment_type_id IN (:typeIds) OR agent_id IN (:agentIds))");
            params.put("typeIds", orNothing(filter.typeIds()));
            params.put("agentIds", orNothing(filter.agentIds()));
        }
        return jdbc.sql(sql.append(" ORDER BY starts_at, counter_id").toString())
                .params(params)
                .query(AppointmentIndex::summary)
                .list();
    }

    /** SQL has no empty IN list: an id no row carries stands for none. */
    private static Set<String> orNothing(Set<String> ids) {
        return ids.isEmpty() ? Set.of("") : ids;
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
