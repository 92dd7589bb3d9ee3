package fr.creneau.notification.publishing.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.notification.api.NotificationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The events still to publish on notification.events. An event is appended in the transaction of the change it
 * tells, so it exists if and only if the change was committed; the relay then publishes it at least once, always
 * under the same event id.
 */
@Repository
public class NotificationOutbox {

    /** Any number of the service's own; "notif" in ASCII. */
    private static final long RELAY_LOCK = 0x6e6f746966L;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    NotificationOutbox(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(NotificationEvent event) {
        jdbc.sql("""
                        INSERT INTO notification_outbox (event_id, event_type, message_key, payload, created_at)
                        VALUES (:eventId, :type, :key, :payload, :at)""")
                .param("eventId", event.eventId())
                .param("type", event.getClass().getSimpleName())
                .param("key", event.key())
                .param("payload", write(event))
                .param("at", Timestamp.from(event.occurredAt()))
                .update();
    }

    /** Held until the end of the transaction: one relay at a time, across the instances of the service. */
    public void waitForTheRelayLock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", RELAY_LOCK).query((rs, row) -> row).list();
    }

    /** The oldest unpublished events, in outbox order. */
    public List<Pending> next(int limit) {
        return jdbc.sql("""
                        SELECT id, message_key, payload FROM notification_outbox WHERE published_at IS NULL
                        ORDER BY id LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("message_key"), rs.getString("payload")))
                .list();
    }

    public void markPublished(List<Long> ids, Instant now) {
        jdbc.sql("UPDATE notification_outbox SET published_at = :now WHERE id IN (:ids)")
                .param("now", Timestamp.from(now)).param("ids", ids).update();
    }

    public int forgetPublishedBefore(Instant limit) {
        return jdbc.sql("DELETE FROM notification_outbox WHERE published_at < :limit")
                .param("limit", Timestamp.from(limit)).update();
    }

    private String write(NotificationEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON", e);
        }
    }

    public record Pending(long id, String key, String payload) {
    }
}
