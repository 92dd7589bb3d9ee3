package fr.creneau.notification.sms.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Every SMS a commune sent, from the notices: when, to whom, what for, how many segments, at what cost. */
@Repository
public class SmsLog {

    private final JdbcClient jdbc;

    SmsLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SentSms> between(String communeId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT sent_at, recipient, kind, segments, cost, status FROM notice
                        WHERE commune_id = :c AND channel = 'SMS' AND sent_at >= :from AND sent_at < :to
                        ORDER BY sent_at DESC, id""")
                .param("c", communeId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, row) -> new SentSms(rs.getTimestamp("sent_at").toInstant(), rs.getString("recipient"),
                        rs.getString("kind"), rs.getInt("segments"), rs.getBigDecimal("cost"), rs.getString("status")))
                .list();
    }

    public record SentSms(Instant sentAt, String to, String kind, int segments, BigDecimal cost, String status) {
    }
}
