package fr.creneau.booking.ants.command;

import fr.creneau.booking.ants.adapter.AntsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets what the ANTS no longer needs: the declarations and withdrawals it accepted, and the call log's lines,
 * once older than the retention. A row still waiting to be sent is never deleted, however old.
 */
@Service
public class AntsPurge {

    /** How many rows one run deleted. */
    public record Purged(int sentDeclarations, int calls) {
    }

    private final JdbcClient jdbc;
    private final Duration keep;

    AntsPurge(JdbcClient jdbc, AntsProperties properties) {
        this.jdbc = jdbc;
        this.keep = properties.purge().keep();
    }

    @Transactional
    public Purged purge(Instant now) {
        Timestamp before = Timestamp.from(now.minus(keep));
        int sent = jdbc.sql("DELETE FROM ants_outbox WHERE sent_at IS NOT NULL AND sent_at < :before")
                .param("before", before).update();
        int calls = jdbc.sql("DELETE FROM ants_call WHERE called_at < :before").param("before", before).update();
        return new Purged(sent, calls);
    }
}
