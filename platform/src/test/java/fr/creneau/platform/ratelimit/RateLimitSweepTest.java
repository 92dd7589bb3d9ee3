package fr.creneau.platform.ratelimit;

import com.zaxxer.hikari.HikariDataSource;
import fr.creneau.testsupport.TestInfrastructure;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store the gateway and booking-service keep their limits in: a bucket is shared by whoever uses the same table,
 * and the sweep deletes the rows of buckets that are full again, and only those.
 */
class RateLimitSweepTest {

    private final HikariDataSource dataSource = dataSource();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets = RateLimitBuckets.in(dataSource);

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void twoStoresOnOneTableShareABucket() {
        PostgreSQLSelectForUpdateBasedProxyManager<String> otherInstance = RateLimitBuckets.in(dataSource);

        assertThat(take("client-a", Duration.ofMinutes(10))).isTrue();
        assertThat(otherInstance.builder().build("client-a", () -> perTen(Duration.ofMinutes(10))).tryConsume(1))
                .isTrue();
        for (int i = 0; i < 8; i++) {
            take("client-a", Duration.ofMinutes(10));
        }

        assertThat(otherInstance.builder().build("client-a", () -> perTen(Duration.ofMinutes(10))).tryConsume(1))
                .as("the tenth of ten was taken through the other store").isFalse();
    }

    @Test
    void theSweepDeletesTheBucketsFullAgainAndKeepsTheOthers() throws InterruptedException {
        take("soon-full-again", Duration.ofMillis(200));
        take("still-counting", Duration.ofHours(1));
        assertThat(rows()).isEqualTo(2);

        Thread.sleep(400);
        int removed = new RateLimitSweep(buckets).removeExpired();

        assertThat(removed).isEqualTo(1);
        assertThat(jdbc.sql("SELECT id FROM rate_limit_bucket").query(String.class).list())
                .containsExactly("still-counting");
    }

    @Test
    void aSweepOfMoreThanOneBatchDeletesThemAll() throws InterruptedException {
        jdbc.sql("""
                INSERT INTO rate_limit_bucket (id, state, expires_at)
                SELECT 'old-' || n, NULL, 0 FROM generate_series(1, 2500) AS n""").update();

        assertThat(new RateLimitSweep(buckets).removeExpired()).isEqualTo(2500);
        assertThat(rows()).isZero();
    }

    private boolean take(String key, Duration refill) {
        return buckets.builder().build(key, () -> perTen(refill)).tryConsume(1);
    }

    private static BucketConfiguration perTen(Duration refill) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(10).refillGreedy(10, refill))
                .build();
    }

    private int rows() {
        return jdbc.sql("SELECT count(*) FROM rate_limit_bucket").query(Integer.class).single();
    }

    private static HikariDataSource dataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestInfrastructure.newDatabase("platform_ratelimit"));
        dataSource.setUsername(TestInfrastructure.postgresUser());
        dataSource.setPassword(TestInfrastructure.postgresPassword());
        JdbcClient.create(dataSource).sql("""
                CREATE TABLE rate_limit_bucket (id varchar(100) PRIMARY KEY, state bytea, expires_at bigint)""")
                .update();
        return dataSource;
    }
}
