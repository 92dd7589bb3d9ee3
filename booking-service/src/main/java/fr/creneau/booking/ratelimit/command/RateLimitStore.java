package fr.creneau.booking.ratelimit.command;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The buckets' table (rate_limit_bucket) and its sweep: a bucket's row expires once the bucket would be full again,
 * when it is no different from a new one.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitStore {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitStore.class);
    private static final int SWEEP_BATCH = 1_000;

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    @Bean
    Sweep rateLimitSweep(PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets) {
        return new Sweep(rateLimitBuckets);
    }

    /** Deletes expired buckets every minute; instances sweeping at once skip each other's rows. */
    record Sweep(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {

        @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
        void removeExpired() {
            try {
                int removed;
                do {
                    removed = buckets.removeExpired(SWEEP_BATCH);
                } while (removed == SWEEP_BATCH);
            } catch (RuntimeException e) {
                LOG.warn("Purge des compteurs de limites impossible : {}", e.getMessage());
            }
        }
    }
}
