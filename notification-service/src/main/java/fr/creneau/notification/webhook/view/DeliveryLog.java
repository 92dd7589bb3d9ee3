package fr.creneau.notification.webhook.view;

import fr.creneau.notification.webhook.domain.Delivery;
import fr.creneau.notification.webhook.domain.DeliveryStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Each endpoint's deliveries, latest first. */
@Repository
public class DeliveryLog {

    private static final String COLUMNS = "id, endpoint_id, event_id, event_type, body, status, attempts, "
            + "response_status, last_error, created_at, last_attempt_at, delivered_at";
    private static final RowMapper<Delivery> DELIVERY = (rs, row) -> new Delivery(rs.getObject("id", UUID.class),
            rs.getObject("endpoint_id", UUID.class), rs.getString("event_id"), rs.getString("event_type"),
            rs.getString("body"), DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
            (Integer) rs.getObject("response_status"), rs.getString("last_error"), instant(rs, "created_at"),
            instant(rs, "last_attempt_at"), instant(rs, "delivered_at"));

    /** One attempt of a delivery: when, the endpoint's answer or why there was none. */
    public record Attempt(Instant at, Integer responseStatus, String error) {
    }

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Delivery> of(UUID endpointId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_delivery WHERE endpoint_id = :e "
                        + "ORDER BY created_at DESC, id LIMIT :limit")
                .param("e", endpointId).param("limit", limit).query(DELIVERY).list();
    }

    public Optional<Delivery> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_delivery WHERE id = :id").param("id", id)
                .query(DELIVERY).optional();
    }

    /** Every attempt of a delivery, oldest first. */
    public List<Attempt> attempts(UUID deliveryId) {
        return jdbc.sql("SELECT attempted_at, response_status, error FROM webhook_attempt WHERE delivery_id = :id "
                        + "ORDER BY id")
                .param("id", deliveryId)
                .query((rs, row) -> new Attempt(instant(rs, "attempted_at"), (Integer) rs.getObject("response_status"),
                        rs.getString("error")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
