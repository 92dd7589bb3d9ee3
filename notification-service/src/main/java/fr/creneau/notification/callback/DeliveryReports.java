package fr.creneau.notification.callback;

import fr.creneau.notification.notice.NoticeStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/** Twilio's reports on a sent SMS, found by its message SID and recorded as outcomes of the notice. */
@Repository
class DeliveryReports {

    private final JdbcClient jdbc;

    DeliveryReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a report; a final one ({@code status} not null) also becomes the notice's status. False if no notice
     * has that provider id.
     */
    boolean record(String providerId, NoticeStatus status, String detail, Instant now) {
        if (status != null) {
            jdbc.sql("""
                            UPDATE notice SET status = :status,
                                   delivered_at = CASE WHEN :status = 'DELIVERED' THEN :now ELSE delivered_at END
                            WHERE provider_id = :providerId""")
                    .param("status", status.name()).param("now", Timestamp.from(now)).param("providerId", providerId)
                    .update();
        }
        return jdbc.sql("""
                        INSERT INTO notice_attempt (notice_id, at, outcome, detail)
                        SELECT id, :now, :outcome, :detail FROM notice WHERE provider_id = :providerId""")
                .param("now", Timestamp.from(now)).param("outcome", status == null ? "PROGRESS" : status.name())
                .param("detail", detail).param("providerId", providerId).update() > 0;
    }
}
