package fr.creneau.notification.notice.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The notices of an appointment with every attempt and outcome, oldest first. */
@Repository
public class NoticeHistory {

    private final JdbcClient jdbc;

    NoticeHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NoticeRecord> of(String communeId, String appointmentId) {
        return jdbc.sql("""
                        SELECT id, event_id, kind, channel, status, recipient, subject, sent_at, delivered_at, last_error
                        FROM notice WHERE commune_id = :c AND appointment_id = :a ORDER BY created_at, kind, channel""")
                .param("c", communeId).param("a", appointmentId)
                .query((rs, row) -> new NoticeRecord(rs.getObject("id", UUID.class), rs.getString("event_id"),
                        rs.getString("kind"), rs.getString("channel"), rs.getString("status"),
                        rs.getString("recipient"), rs.getString("subject"), instant(rs.getTimestamp("sent_at")),
                        instant(rs.getTimestamp("delivered_at")), rs.getString("last_error"),
                        attempts(rs.getObject("id", UUID.class))))
                .list();
    }

    /** Whether the commune has such an appointment, as seen on booking.events or in the notices sent for it. */
    public boolean knows(String communeId, String appointmentId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM appointment_view WHERE commune_id = :c AND appointment_id = :a)
                            OR EXISTS (SELECT 1 FROM notice WHERE commune_id = :c AND appointment_id = :a)""")
                .param("c", communeId).param("a", appointmentId)
                .query(Boolean.class).single();
    }

    private List<Attempt> attempts(UUID noticeId) {
        return jdbc.sql("SELECT at, outcome, detail FROM notice_attempt WHERE notice_id = :id ORDER BY id")
                .param("id", noticeId)
                .query((rs, row) -> new Attempt(rs.getTimestamp("at").toInstant(), rs.getString("outcome"),
                        rs.getString("detail")))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public record NoticeRecord(UUID id, String eventId, String kind, String channel, String status, String recipient,
                        String subject, Instant sentAt, Instant deliveredAt, String lastError, List<Attempt> attempts) {
    }

    record Attempt(Instant at, String outcome, String detail) {
    }
}
