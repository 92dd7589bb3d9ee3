package fr.creneau.notification.callback.command;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeStatus;
import fr.creneau.notification.publishing.command.SmsEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Twilio's reports on a sent SMS, found by its message SID and recorded as outcomes of the notice. */
@Repository
public class DeliveryReports {

    private final JdbcClient jdbc;
    private final SmsEvents smsEvents;

    DeliveryReports(JdbcClient jdbc, SmsEvents smsEvents) {
        this.jdbc = jdbc;
        this.smsEvents = smsEvents;
    }

    /**
     * Records a report; a final one ({@code status} not null) also becomes the notice's status and, for an SMS whose
     * status it changes, an event on notification.events, in the same transaction. False if no notice has that
     * provider id.
     */
    @Transactional
    public boolean record(String providerId, NoticeStatus status, String detail, String errorCode, Instant now) {
        if (status != null) {
            jdbc.sql("""
                            UPDATE notice SET status = :status,
                                   delivered_at = CASE WHEN :status = 'DELIVERED' THEN :now ELSE delivered_at END
                            WHERE provider_id = :providerId AND status <> :status
                            RETURNING id, commune_id, channel""")
                    .param("status", status.name()).param("now", Timestamp.from(now)).param("providerId", providerId)
                    .query((rs, row) -> new Changed(rs.getObject("id", UUID.class), rs.getString("commune_id"),
                            rs.getString("channel")))
                    .list()
                    .stream().filter(changed -> changed.channel().equals(MessageChannel.SMS.name()))
                    .forEach(changed -> publish(changed, status, errorCode, now));
        }
        return jdbc.sql("""
                        INSERT INTO notice_attempt (notice_id, at, outcome, detail)
                        SELECT id, :now, :outcome, :detail FROM notice WHERE provider_id = :providerId""")
                .param("now", Timestamp.from(now)).param("outcome", status == null ? "PROGRESS" : status.name())
                .param("detail", detail).param("providerId", providerId).update() > 0;
    }

    /** A report repeated by Twilio changes no status, so it publishes nothing more. */
    private void publish(Changed sms, NoticeStatus status, String errorCode, Instant now) {
        if (status == NoticeStatus.DELIVERED) {
            smsEvents.delivered(sms.communeId(), sms.id(), now);
        } else if (status == NoticeStatus.UNDELIVERED) {
            smsEvents.notDelivered(sms.communeId(), sms.id(), errorCode, now);
        }
    }

    private record Changed(UUID id, String communeId, String channel) {
    }
}
