package fr.creneau.stats.appointment.view;

import fr.creneau.booking.api.CancelledBy;
import fr.creneau.booking.api.Channel;
import fr.creneau.stats.appointment.domain.AppointmentFact;
import fr.creneau.stats.appointment.domain.AppointmentStatus;
import fr.creneau.stats.appointment.domain.Dimensions;
import fr.creneau.stats.appointment.domain.Lifecycle;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The appointment_fact table. */
@Repository
public class AppointmentFacts {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    AppointmentFacts(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** The facts of these appointments that exist, by appointment id, in one query. */
    public Map<String, AppointmentFact> findAll(Collection<String> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT * FROM appointment_fact WHERE appointment_id = ANY(CAST(:ids AS varchar[]))")
                .param("ids", appointmentIds.toArray(String[]::new))
                .query(AppointmentFacts::fact)
                .list().stream()
                .collect(Collectors.toMap(AppointmentFact::appointmentId, Function.identity()));
    }

    /** Each fact written as it is now, in one batch (one appointment once: a plain batch, not a multi-row upsert). */
    public void saveAll(Collection<AppointmentFact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        named.batchUpdate("""
                        INSERT INTO appointment_fact (appointment_id, commune_id, status, booked, confirmed, unscheduled,
                            rescheduled, cancelled_by, appointment_date, start_at, end_at, booked_at, booking_date,
                            channel, place_id, counter_id, agent_id, service_id, appointment_type_id, option_id)
                        VALUES (:id, :commune, :status, :booked, :confirmed, :unscheduled, :rescheduled, :cancelledBy,
                            :date, :start, :end, :bookedAt, :bookingDate, :channel, :place, :counter, :agent, :service,
                            :type, :option)
                        ON CONFLICT (appointment_id) DO UPDATE SET commune_id = excluded.commune_id,
                            status = excluded.status, booked = excluded.booked, confirmed = excluded.confirmed,
                            unscheduled = excluded.unscheduled, rescheduled = excluded.rescheduled,
                            cancelled_by = excluded.cancelled_by, appointment_date = excluded.appointment_date,
                            start_at = excluded.start_at, end_at = excluded.end_at, booked_at = excluded.booked_at,
                            booking_date = excluded.booking_date,
                            channel = excluded.channel, place_id = excluded.place_id, counter_id = excluded.counter_id,
                            agent_id = excluded.agent_id, service_id = excluded.service_id,
                            appointment_type_id = excluded.appointment_type_id, option_id = excluded.option_id""",
                facts.stream().map(AppointmentFacts::parameters).toArray(MapSqlParameterSource[]::new));
    }

    private static MapSqlParameterSource parameters(AppointmentFact fact) {
        Lifecycle lifecycle = fact.lifecycle();
        Dimensions dimensions = fact.dimensions();
        return new MapSqlParameterSource()
                .addValue("id", fact.appointmentId())
                .addValue("commune", fact.communeId())
                .addValue("status", lifecycle.status().name())
                .addValue("booked", lifecycle.booked())
                .addValue("confirmed", lifecycle.confirmed())
                .addValue("unscheduled", lifecycle.unscheduled())
                .addValue("rescheduled", lifecycle.rescheduled())
                .addValue("cancelledBy", lifecycle.cancelledBy() == null ? null : lifecycle.cancelledBy().name())
                .addValue("date", fact.date())
                .addValue("start", timestamp(fact.start()))
                .addValue("end", timestamp(fact.end()))
                .addValue("bookedAt", timestamp(fact.bookedAt()))
                .addValue("bookingDate", fact.bookingDate())
                .addValue("channel", dimensions.channel() == null ? null : dimensions.channel().name())
                .addValue("place", dimensions.placeId())
                .addValue("counter", dimensions.counterId())
                .addValue("agent", dimensions.agentId())
                .addValue("service", dimensions.serviceId())
                .addValue("type", dimensions.appointmentTypeId())
                .addValue("option", dimensions.optionId());
    }

    private static AppointmentFact fact(ResultSet row, int number) throws SQLException {
        String cancelledBy = row.getString("cancelled_by");
        String channel = row.getString("channel");
        Lifecycle lifecycle = new Lifecycle(AppointmentStatus.valueOf(row.getString("status")),
                row.getBoolean("booked"), row.getBoolean("confirmed"), row.getBoolean("unscheduled"),
                row.getBoolean("rescheduled"), cancelledBy == null ? null : CancelledBy.valueOf(cancelledBy));
        Dimensions dimensions = new Dimensions(row.getString("place_id"), row.getString("counter_id"),
                row.getString("agent_id"), row.getString("service_id"), row.getString("appointment_type_id"),
                row.getString("option_id"), channel == null ? null : Channel.valueOf(channel));
        return new AppointmentFact(row.getString("appointment_id"), row.getString("commune_id"), lifecycle,
                row.getObject("appointment_date", LocalDate.class), instant(row.getTimestamp("start_at")),
                instant(row.getTimestamp("end_at")), instant(row.getTimestamp("booked_at")),
                row.getObject("booking_date", LocalDate.class), dimensions);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
