package fr.creneau.notification.notice.command;

import fr.creneau.notification.notice.domain.NewNotice;
import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.notice.domain.NoticeStatus;
import fr.creneau.notification.shared.domain.NewIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Repository
public class NoticeRepository {

    private final JdbcClient jdbc;
    private final NoticeRows rows;
    private final NewIds ids;

    NoticeRepository(JdbcClient jdbc, NoticeRows rows, NewIds ids) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.ids = ids;
    }

    /** Records the notice unless the same (event, kind, channel) already was; returns its id if it is new. */
    Optional<UUID> insertIfAbsent(NewNotice notice, Instant now) {
        UUID id = ids.next();
        int inserted = jdbc.sql("""
                        INSERT INTO notice (id, event_id, kind, channel, commune_id, appointment_id, appointment_type_id,
                                            recipient, merge_data, expires_at, status, created_at)
                        VALUES (:id, :eventId, :kind, :channel, :communeId, :appointmentId, :typeId,
                                :recipient, CAST(:data AS jsonb), :expiresAt, 'PENDING', :now)
                        ON CONFLICT (event_id, kind, channel) DO NOTHING""")
                .param("id", id)
                .param("eventId", notice.eventId())
                .param("kind", notice.kind().name())
                .param("channel", notice.channel().name())
                .param("communeId", notice.communeId())
                .param("appointmentId", notice.appointmentId())
                .param("typeId", notice.appointmentTypeId())
                .param("recipient", notice.recipient())
                .param("data", rows.json(notice.mergeData()))
                .param("expiresAt", notice.expiresAt() == null ? null : Timestamp.from(notice.expiresAt()))
                .param("now", Timestamp.from(now))
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    public Optional<Notice> find(UUID id) {
        return jdbc.sql("SELECT * FROM notice WHERE id = :id").param("id", id).query(rows::notice).optional();
    }

    public void markSent(UUID id, Sent sent, Instant now) {
        jdbc.sql("""
                        UPDATE notice SET status = 'SENT', recipient = :recipient, subject = :subject, body = :body,
                               segments = :segments, cost = :cost, provider_id = :providerId, sent_at = :now,
                               attempts = attempts + 1, last_error = NULL,
                               merge_data = CASE WHEN kind = 'ONE_TIME_CODE' THEN NULL ELSE merge_data END
                        WHERE id = :id""")
                .param("id", id)
                .param("recipient", sent.recipient())
                .param("subject", sent.subject())
                .param("body", sent.body())
                .param("segments", sent.segments())
                .param("cost", sent.cost())
                .param("providerId", sent.providerId())
                .param("now", Timestamp.from(now))
                .update();
        recordAttempt(id, now, "SENT", sent.transport() + (sent.providerId() == null ? "" : " " + sent.providerId()));
    }

    public void markFinished(UUID id, NoticeStatus status, String detail, Instant now) {
        jdbc.sql("""
                        UPDATE notice SET status = :status, last_error = :detail,
                               merge_data = CASE WHEN kind = 'ONE_TIME_CODE' THEN NULL ELSE merge_data END
                        WHERE id = :id""")
                .param("id", id).param("status", status.name()).param("detail", detail).update();
        recordAttempt(id, now, status.name(), detail);
    }

    void revive(UUID id, Instant now) {
        jdbc.sql("UPDATE notice SET status = 'PENDING', attempts = 0 WHERE id = :id AND status = 'DEAD'")
                .param("id", id).update();
        recordAttempt(id, now, "RETRY", "renvoi demandé");
    }

    public void recordFailure(UUID id, String error, Instant now) {
        jdbc.sql("UPDATE notice SET attempts = attempts + 1, last_error = :error WHERE id = :id")
                .param("id", id).param("error", error).update();
        recordAttempt(id, now, "FAILED", error);
    }

    private void recordAttempt(UUID id, Instant now, String outcome, String detail) {
        jdbc.sql("INSERT INTO notice_attempt (notice_id, at, outcome, detail) VALUES (:id, :now, :outcome, :detail)")
                .param("id", id).param("now", Timestamp.from(now)).param("outcome", outcome).param("detail", detail)
                .update();
    }

    /** What went out, as recorded once sent. */
    public record Sent(String recipient, String subject, String body, Integer segments, BigDecimal cost,
                       String providerId, String transport) {
    }
}
