package fr.creneau.platform.ratelimit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep deletes the rows of buckets that are full again, and only those, however many there are. */
class RateLimitSweepTest {

    private final HikariDataSource dataSource = TokenBucketsTest.dataSource("platform_ratelimit_sweep");
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final TokenBuckets buckets = new TokenBuckets(jdbc);

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void theSweepDeletesTheBucketsFullAgainAndKeepsTheOthers() throws InterruptedException {
        buckets.take(new TokenBuckets.Budget(10, Duration.ofMillis(200)), "soon-full-again");
        buckets.take(new TokenBuckets.Budget(10, Duration.ofHours(1)), "still-counting");
        assertThat(rows()).isEqualTo(2);

        Thread.sleep(400);
        int removed = new RateLimitSweep(jdbc).removeExpired();

        assertThat(removed).isEqualTo(1);
        assertThat(jdbc.sql("SELECT id FROM rate_limit_bucket").query(String.class).list())
                .containsExactly("still-counting");
    }

    @Test
    void aSweepOfMoreThanOneBatchDeletesThemAll() {
        jdbc.sql("""
                INSERT INTO rate_limit_bucket (id, state, expires_at)
                SELECT 'old-' || n, NULL, 0 FROM generate_series(1, 2500) AS n""").update();

        assertThat(new RateLimitSweep(jdbc).removeExpired()).isEqualTo(2500);
        assertThat(rows()).isZero();
    }

    private int rows() {
        return jdbc.sql("SELECT count(*) FROM rate_limit_bucket").query(Integer.class).single();
    }
}
