package fr.creneau.platform.ratelimit;

import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes expired buckets once a minute, a thousand rows at a time; instances sweeping at once skip each other's rows. */
public class RateLimitSweep {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitSweep.class);
    private static final int BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    RateLimitSweep(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    /** How many rows were deleted; a database that cannot be reached leaves them for the next sweep. */
    @Scheduled(fixedDelayString = "${creneau.rate-limit.sweep-every:1m}", initialDelay = 60_000)
    public int removeExpired() {
        int total = 0;
        try {
            int removed;
            do {
                removed = buckets.removeExpired(BATCH);
                total += removed;
            } while (removed == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Purge des compteurs de limites impossible : {}", e.getMessage());
        }
        return total;
    }
}
