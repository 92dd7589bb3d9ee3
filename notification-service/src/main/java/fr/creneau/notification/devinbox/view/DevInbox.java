package fr.creneau.notification.devinbox.view;

import fr.creneau.notification.compose.domain.OutboundMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

@Repository
public class DevInbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    DevInbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(OutboundMessage message) {
        jdbc.sql("""
                        INSERT INTO dev_inbox (channel, recipient, subject, body, kind, sent_at)
                        VALUES (:channel, :to, :subject, :body, :kind, :now)""")
                .param("channel", message.channel().name())
                .param("to", message.to())
                .param("subject", message.subject())
                .param("body", message.body())
                .param("kind", message.kind().name())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Newest first. */
    public List<DevInboxMessage> latest(int limit) {
        return jdbc.sql("""
                        SELECT channel, recipient, subject, body, sent_at, kind FROM dev_inbox
                        ORDER BY sent_at DESC, id DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> new DevInboxMessage(rs.getString("channel"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("kind")))
                .list();
    }
}
