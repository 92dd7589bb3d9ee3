package fr.creneau.notification.deadletter.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@Repository
public class DeadLetterLog {

    private final JdbcClient jdbc;

    DeadLetterLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String source, String key, String payload, String error, Instant now) {
        jdbc.sql("""
                        INSERT INTO dead_letter (source, message_key, payload, error, recorded_at)
                        VALUES (:source, :key, :payload, :error, :now)""")
                .param("source", source == null ? "inconnue" : source)
                .param("key", key).param("payload", payload).param("error", error)
                .param("now", Timestamp.from(now))
                .update();
    }

    public List<DeadLetter> latest(int limit) {
        return jdbc.sql("SELECT * FROM dead_letter ORDER BY recorded_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> new DeadLetter(rs.getString("source"), rs.getString("message_key"),
                        rs.getString("payload"), rs.getString("error"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** One record of notification.dlq. */
    public record DeadLetter(String source, String key, String payload, String error, Instant recordedAt) {
    }
}
