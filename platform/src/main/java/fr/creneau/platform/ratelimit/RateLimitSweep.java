package fr.creneau.platform.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes the buckets full again once a minute, a thousand rows at a time; instances sweeping at once skip each other's rows. */
public class RateLimitSweep {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitSweep.class);
    private static final int BATCH = 1_000;
    private static final String DELETE = """
            DELETE FROM rate_limit_bucket WHERE id IN (
                SELECT id FROM rate_limit_bucket WHERE expires_at < %s LIMIT ? FOR UPDATE SKIP LOCKED)"""
            .formatted(TokenBuckets.NOW_MS);

    private final JdbcClient jdbc;

    public RateLimitSweep(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many rows were deleted; a database that cannot be reached leaves them for the next sweep. */
    @Scheduled(fixedDelayString = "${creneau.rate-limit.sweep-every:1m}", initialDelay = 60_000)
    public int removeExpired() {
        int total = 0;
        try {
            int removed;
            do {
                removed = jdbc.sql(DELETE).param(BATCH).update();
                total += removed;
            } while (removed == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Purge des compteurs de limites impossible : {}", e.getMessage());
        }
        return total;
    }
}
