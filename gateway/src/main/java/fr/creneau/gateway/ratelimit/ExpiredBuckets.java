package fr.creneau.gateway.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes the buckets full again (a client not seen for a period is no different from a new one), a thousand rows at
 * a time; gateways sweeping at once skip each other's rows.
 */
class ExpiredBuckets {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredBuckets.class);
    private static final int BATCH = 1_000;
    private static final String DELETE = """
            DELETE FROM client_bucket WHERE id IN (
                SELECT id FROM client_bucket
                WHERE expires_at < (extract(epoch FROM clock_timestamp()) * 1000000)::bigint
                LIMIT ? FOR UPDATE SKIP LOCKED)
            """;

    private final JdbcClient jdbc;

    ExpiredBuckets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many rows were deleted; a database that cannot be reached leaves them for the next sweep. */
    @Scheduled(fixedDelayString = "${creneau.rate-limit.sweep-every:1m}", initialDelay = 60_000)
    int removeExpired() {
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
