package fr.creneau.platform.ratelimit;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Token buckets of one service, a row each in its {@code rate_limit_bucket} table (created by the service's own
 * migration), so that every instance draws from the same bucket. A bucket is one number, {@code expires_at}: the
 * moment, on the database's clock in milliseconds, it would be full again. A call pushes that moment a share of the
 * period ({@code period / calls}) further and is refused if it would then lie more than a period ahead: the generic
 * cell rate algorithm, the same as a bucket of {@code calls} tokens refilled evenly over the period. A take is one
 * upsert for all of a call's buckets, one round trip; the row lock of {@code ON CONFLICT DO UPDATE} counts takes from
 * several instances one after the other. Bucket4j's PostgreSQL backend, used before, took five statements and three
 * transactions a bucket (benchmarks/README.md); its rows read the same ({@code expires_at} had the same meaning), so
 * buckets survive the change. A row whose moment is past is a full bucket, like no row: {@link RateLimitSweep}
 * deletes it.
 */
public class TokenBuckets {

    public static final String TABLE = "rate_limit_bucket";
    static final String NOW_MS = "(extract(epoch FROM clock_timestamp()) * 1000)::bigint";
    // built once: a take is on every citizen's request, and String.format's parse showed in its profile
    private static final String TAKE = """
            INSERT INTO rate_limit_bucket (id, expires_at)
            SELECT id, %s + ? FROM unnest(?::varchar[]) AS k(id)
            ON CONFLICT (id) DO UPDATE SET state = NULL,
                expires_at = GREATEST(rate_limit_bucket.expires_at + ?, EXCLUDED.expires_at)
            WHERE coalesce(rate_limit_bucket.expires_at, 0) + ? - EXCLUDED.expires_at <= ?
            RETURNING id""".formatted(NOW_MS);
    private static final String WAIT = """
            SELECT max(expires_at + ? - %s) FROM rate_limit_bucket
            WHERE id = ANY(?::varchar[])""".formatted(NOW_MS);

    private final JdbcClient jdbc;

    public TokenBuckets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code calls} per {@code period}, refilled evenly (300 a minute: one every 200 ms). The buckets count in
     * milliseconds: a budget of more than one call a millisecond (a limit lifted for a test) allows one a millisecond.
     */
    public record Budget(int calls, Duration period) {

        public Budget {
            Objects.requireNonNull(period, "period");
            if (calls < 1 || period.toMillis() < 1) {
                throw new IllegalArgumentException("a budget is at least one call in at least a millisecond: "
                        + calls + " per " + period);
            }
        }

        long shareMillis() {
            return Math.max(1, period.toMillis() / calls);
        }
    }

    /**
     * Takes one call from each bucket (in the caller's transaction if there is one).
     *
     * @return empty when every bucket had room; else how long until the one that had none has room again (the
     *         buckets that had room have spent it)
     */
    public Optional<Duration> take(Budget budget, Collection<String> buckets) {
        // in one order, so that two calls sharing buckets lock their rows in the same order (no deadlock)
        List<String> ids = buckets.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long share = budget.shareMillis();
        long period = budget.period().toMillis();
        List<String> taken = jdbc.sql(TAKE)
                .params(share, ids.toArray(String[]::new), share, share, period - share)
                .query(String.class).list();
        if (taken.size() == ids.size()) {
            return Optional.empty();
        }
        String[] refused = ids.stream().filter(id -> !taken.contains(id)).toArray(String[]::new);
        Long waitMillis = jdbc.sql(WAIT)
                .params(share - period, refused).query(Long.class).single();
        return Optional.of(Duration.ofMillis(waitMillis == null ? share : Math.max(1, waitMillis)));
    }

    /** One bucket: {@link #take(Budget, Collection)} of one. */
    public Optional<Duration> take(Budget budget, String bucket) {
        return take(budget, List.of(bucket));
    }
}
