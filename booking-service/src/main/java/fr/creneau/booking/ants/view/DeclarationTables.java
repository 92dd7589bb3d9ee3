package fr.creneau.booking.ants.view;

import fr.creneau.booking.ants.domain.AntsTimes;
import fr.creneau.booking.counterday.domain.Booking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The appointments followed for the ANTS, their numbers, and the outbox of what to tell it. */
@Component
class DeclarationTables {

    /** An appointment as last told to the ANTS (or to be told, while {@code declared} is false). */
    record Followed(String appointmentId, String communeId, String placeId, String placeName, Instant startsAt,
            String managementUrl, boolean declared, boolean active, List<String> numbers) {
    }

    private final JdbcClient jdbc;

    DeclarationTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(Booking booking, String managementUrl, List<String> numbers) {
        int added = jdbc.sql("""
                        INSERT INTO ants_appointment (appointment_id, commune_id, place_id, place_name, starts_at, management_url)
                        VALUES (:id, :communeId, :placeId, :placeName, :startsAt, :url) ON CONFLICT DO NOTHING""")
                .param("id", booking.appointmentId()).param("communeId", booking.communeId())
                .param("placeId", booking.details().placeId()).param("placeName", placeName(booking))
                .param("startsAt", Timestamp.from(booking.range().start())).param("url", managementUrl)
                .update();
        if (added == 1) {
            numbers.forEach(number -> jdbc.sql("""
                            INSERT INTO ants_appointment_number (ants_number, appointment_id) VALUES (:number, :id)
                            ON CONFLICT DO NOTHING""")
                    .param("number", number).param("id", booking.appointmentId()).update());
        }
    }

    Optional<Followed> followed(String appointmentId) {
        return jdbc.sql("""
                        SELECT appointment_id, commune_id, place_id, place_name, starts_at, management_url, declared, active
                        FROM ants_appointment WHERE appointment_id = :id""")
                .param("id", appointmentId)
                .query((rs, row) -> new Followed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8),
                        numbersOf(appointmentId)))
                .optional();
    }

    Followed update(Followed followed, Booking booking, boolean declared, boolean active) {
        jdbc.sql("""
                        UPDATE ants_appointment SET place_id = :placeId, place_name = :placeName, starts_at = :startsAt,
                        declared = :declared, active = :active WHERE appointment_id = :id""")
                .param("placeId", booking.details().placeId()).param("placeName", placeName(booking))
                .param("startsAt", Timestamp.from(booking.range().start())).param("declared", declared)
                .param("active", active).param("id", followed.appointmentId())
                .update();
        return new Followed(followed.appointmentId(), followed.communeId(), booking.details().placeId(),
                placeName(booking), booking.range().start(), followed.managementUrl(), declared, active,
                followed.numbers());
    }

    /** One row per number, due at once. */
    void queue(Followed followed, String operation, Instant at) {
        for (String number : followed.numbers()) {
            jdbc.sql("""
                            INSERT INTO ants_outbox (commune_id, appointment_id, operation, application_id, meeting_point,
                                meeting_point_id, appointment_date, management_url, created_at, next_attempt_at)
                            VALUES (:communeId, :id, :operation, :number, :meetingPoint, :meetingPointId, :date, :url,
                                :at, :at)""")
                    .param("communeId", followed.communeId()).param("id", followed.appointmentId())
                    .param("operation", operation).param("number", number)
                    .param("meetingPoint", followed.placeName()).param("meetingPointId", followed.placeId())
                    .param("date", AntsTimes.declaration(followed.startsAt())).param("url", followed.managementUrl())
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    private List<String> numbersOf(String appointmentId) {
        return jdbc.sql("SELECT ants_number FROM ants_appointment_number WHERE appointment_id = :id ORDER BY ants_number")
                .param("id", appointmentId).query(String.class).list();
    }

    private static String placeName(Booking booking) {
        String name = booking.details().placeName();
        return name == null ? booking.details().placeId() : name;
    }
}
