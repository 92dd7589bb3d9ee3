package fr.creneau.platform.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The buckets of one service, a row each in its {@code rate_limit_bucket} table (created by the service's own
 * migration), locked with {@code SELECT ... FOR UPDATE} while a request takes from it. A row expires once its bucket
 * would be full again: a client not seen since is no different from a new one, so {@link RateLimitSweep} may delete it.
 */
public final class RateLimitBuckets {

    public static final String TABLE = "rate_limit_bucket";

    private RateLimitBuckets() {
    }

    public static PostgreSQLSelectForUpdateBasedProxyManager<String> in(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }
}
