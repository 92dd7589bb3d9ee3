package fr.creneau.notification.webhook.command;

import fr.creneau.notification.webhook.domain.DeliveryStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Writes the delivery log: a new delivery once per (endpoint, event), then each attempt's outcome, each kept. */
@Repository
class DeliveryRows {

    private final JdbcClient jdbc;

    DeliveryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this event was already given to this endpoint */
    boolean insertIfAbsent(UUID id, UUID endpointId, String eventId, String eventType, String body, Instant now) {
        return jdbc.sql("""
                        INSERT INTO webhook_delivery (id, endpoint_id, event_id, event_type, body, status, created_at)
                        VALUES (:id, :endpoint, :event, :type, :body, 'PENDING', :now)
                        ON CONFLICT (endpoint_id, event_id) DO NOTHING""")
                .param("id", id).param("endpoint", endpointId).param("event", eventId).param("type", eventType)
                .param("body", body).param("now", Timestamp.from(now)).update() == 1;
    }

    void attempted(UUID id, DeliveryStatus status, Integer responseStatus, String error, Instant now) {
        jdbc.sql("""
                        UPDATE webhook_delivery SET status = :status, attempts = attempts + 1, response_status = :code,
                               last_error = :error, last_attempt_at = :now,
                               delivered_at = CASE WHEN :status = 'DELIVERED' THEN :now ELSE delivered_at END
                        WHERE id = :id""")
                .param("id", id).param("status", status.name()).param("code", responseStatus)
                .param("error", error).param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                        INSERT INTO webhook_attempt (delivery_id, attempted_at, response_status, error)
                        VALUES (:id, :now, :code, :error)""")
                .param("id", id).param("now", Timestamp.from(now)).param("code", responseStatus).param("error", error)
                .update();
    }

    void status(UUID id, DeliveryStatus status) {
        jdbc.sql("UPDATE webhook_delivery SET status = :status WHERE id = :id")
                .param("id", id).param("status", status.name()).update();
    }
}
