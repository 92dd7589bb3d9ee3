package fr.creneau.stats.sms.view;

import fr.creneau.notification.api.SmsSent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The sms_fact rows. Both writes are upserts keyed by the notice, so each holds whatever order its events come in
 * and a repeated event leaves the row as it was.
 */
@Repository
class SmsFacts {

    /**
     * The day an SMS counts on. notification.events does not carry the commune's time zone, and the platform's
     * communes are all on Paris time today (notification-service writes its messages in it too).
     */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;

    SmsFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LocalDate sent(SmsSent sms) {
        LocalDate day = LocalDate.ofInstant(sms.occurredAt(), ZONE);
        jdbc.sql("""
                        INSERT INTO sms_fact (notice_id, commune_id, appointment_id, notice_kind, sent_at, sent_date,
                                              segments, encoding, cost_cents)
                        VALUES (:notice, :commune, :appointment, :kind, :at, :day, :segments, :encoding, :cost)
                        ON CONFLICT (notice_id) DO UPDATE SET commune_id = excluded.commune_id,
                            appointment_id = excluded.appointment_id, notice_kind = excluded.notice_kind,
                            sent_at = excluded.sent_at, sent_date = excluded.sent_date, segments = excluded.segments,
                            encoding = excluded.encoding, cost_cents = excluded.cost_cents""")
                .param("notice", sms.noticeId())
                .param("commune", sms.communeId())
                .param("appointment", sms.appointmentId())
                .param("kind", sms.noticeKind())
                .param("at", Timestamp.from(sms.occurredAt()))
                .param("day", day)
                .param("segments", sms.segments())
                .param("encoding", sms.encoding() == null ? null : sms.encoding().name())
                .param("cost", sms.costEuroCents())
                .update();
        return day;
    }

    /** Records the operator's latest report; returns the day the SMS counts on, if its sending is known yet. */
    Optional<LocalDate> delivery(String communeId, String noticeId, Delivery delivery) {
        jdbc.sql("""
                        INSERT INTO sms_fact (notice_id, commune_id, delivery) VALUES (:notice, :commune, :delivery)
                        ON CONFLICT (notice_id) DO UPDATE SET delivery = excluded.delivery""")
                .param("notice", noticeId).param("commune", communeId).param("delivery", delivery.name())
                .update();
        return jdbc.sql("SELECT sent_date FROM sms_fact WHERE notice_id = :notice").param("notice", noticeId)
                .query((rs, row) -> Optional.ofNullable(rs.getObject("sent_date", LocalDate.class)))
                .single();
    }

    enum Delivery {
        DELIVERED,
        FAILED
    }
}
