package fr.creneau.stats.appointment.view;

import fr.creneau.booking.api.CancelledBy;
import fr.creneau.booking.api.Channel;
import fr.creneau.stats.appointment.domain.AppointmentFact;
import fr.creneau.stats.appointment.domain.AppointmentStatus;
import fr.creneau.stats.appointment.domain.Dimensions;
import fr.creneau.stats.appointment.domain.Lifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The appointment_fact table. */
@Repository
public class AppointmentFacts {

    private final JdbcClient jdbc;

    AppointmentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AppointmentFact> find(String appointmentId) {
        return jdbc.sql("SELECT * FROM appointment_fact WHERE appointment_id = ?")
                .param(appointmentId)
                .query(AppointmentFacts::fact)
                .optional();
    }

    public void save(AppointmentFact fact) {
        Lifecycle lifecycle = fact.lifecycle();
        Dimensions dimensions = fact.dimensions();
        jdbc.sql("""
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
                            appointment_type_id = excluded.appointment_type_id, option_id = excluded.option_id""")
                .param("id", fact.appointmentId())
                .param("commune", fact.communeId())
                .param("status", lifecycle.status().name())
                .param("booked", lifecycle.booked())
                .param("confirmed", lifecycle.confirmed())
                .param("unscheduled", lifecycle.unscheduled())
                .param("rescheduled", lifecycle.rescheduled())
                .param("cancelledBy", lifecycle.cancelledBy() == null ? null : lifecycle.cancelledBy().name())
                .param("date", fact.date())
                .param("start", timestamp(fact.start()))
                .param("end", timestamp(fact.end()))
                .param("bookedAt", timestamp(fact.bookedAt()))
                .param("bookingDate", fact.bookingDate())
                .param("channel", dimensions.channel() == null ? null : dimensions.channel().name())
                .param("place", dimensions.placeId())
                .param("counter", dimensions.counterId())
                .param("agent", dimensions.agentId())
                .param("service", dimensions.serviceId())
                .param("type", dimensions.appointmentTypeId())
                .param("option", dimensions.optionId())
                .update();
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
