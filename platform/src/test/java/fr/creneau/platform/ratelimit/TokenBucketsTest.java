package fr.creneau.platform.ratelimit;

import com.zaxxer.hikari.HikariDataSource;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buckets the gateway and booking-service keep their limits in, on real PostgreSQL: a budget's calls and no more,
 * refilled evenly, shared by every instance on the table, exact under concurrent takes, and readable from the rows
 * Bucket4j left.
 */
class TokenBucketsTest {

    private static final TokenBuckets.Budget TEN_AN_HOUR = new TokenBuckets.Budget(10, Duration.ofHours(1));

    private final HikariDataSource dataSource = dataSource("platform_ratelimit");
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final TokenBuckets buckets = new TokenBuckets(jdbc);

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void aBudgetGrantsItsCallsThenSaysHowLongToWait() {
        for (int i = 0; i < 10; i++) {
            assertThat(buckets.take(TEN_AN_HOUR, "client-a")).as("call %d", i + 1).isEmpty();
        }

        Optional<Duration> refused = buckets.take(TEN_AN_HOUR, "client-a");

        assertThat(refused).as("the eleventh").isPresent();
        // one call comes back every 6 minutes
        assertThat(refused.get()).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(6));
        assertThat(buckets.take(TEN_AN_HOUR, "client-b")).as("another bucket").isEmpty();
    }

    @Test
    void aRefusedCallSpendsNothing() {
        for (int i = 0; i < 25; i++) {
            buckets.take(TEN_AN_HOUR, "client-a");
        }
        Duration wait = buckets.take(TEN_AN_HOUR, "client-a").orElseThrow();

        assertThat(wait).as("refusals do not push the bucket's refill further").isLessThanOrEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void callsComeBackEvenly() throws InterruptedException {
        TokenBuckets.Budget fivePerSecond = new TokenBuckets.Budget(5, Duration.ofSeconds(1));
        for (int i = 0; i < 5; i++) {
            buckets.take(fivePerSecond, "client-a");
        }
        assertThat(buckets.take(fivePerSecond, "client-a")).isPresent();

        Thread.sleep(450);

        assertThat(buckets.take(fivePerSecond, "client-a")).as("one back after 200 ms").isEmpty();
        assertThat(buckets.take(fivePerSecond, "client-a")).as("a second one after 400 ms").isEmpty();
        assertThat(buckets.take(fivePerSecond, "client-a")).as("not a third").isPresent();
    }

    @Test
    void severalBucketsAreTakenTogetherAndTheEmptyOneRefuses() {
        for (int i = 0; i < 10; i++) {
            buckets.take(TEN_AN_HOUR, "person-a");
        }

        assertThat(buckets.take(TEN_AN_HOUR, List.of("person-b", "person-a"))).isPresent();
        for (int i = 0; i < 9; i++) {
            assertThat(buckets.take(TEN_AN_HOUR, "person-b")).as("person-b had room and spent one: %d", i).isEmpty();
        }
        assertThat(buckets.take(TEN_AN_HOUR, "person-b")).isPresent();
    }

    @Test
    void twoInstancesOnOneTableShareABucketExactly() throws Exception {
        TokenBuckets other = new TokenBuckets(JdbcClient.create(dataSource));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                TokenBuckets instance = i % 2 == 0 ? buckets : other;
                calls.add(() -> instance.take(TEN_AN_HOUR, "shared").isEmpty());
            }
            int granted = 0;
            for (Future<Boolean> call : pool.invokeAll(calls)) {
                granted += call.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRowBucket4jLeftIsReadAsItsMoment() {
        // Bucket4j wrote its state and the moment the bucket would be full again: an hour ahead means all ten spent
        jdbc.sql("""
                INSERT INTO rate_limit_bucket (id, state, expires_at)
                VALUES ('old', '\\x00'::bytea, (extract(epoch FROM clock_timestamp()) * 1000)::bigint + 3600000)""")
                .update();

        assertThat(buckets.take(TEN_AN_HOUR, "old")).isPresent();
    }

    @Test
    void aLiftedBudgetAllowsOneCallAMillisecond() {
        TokenBuckets.Budget lifted = new TokenBuckets.Budget(1_000_000, Duration.ofMinutes(1));
        for (int i = 0; i < 500; i++) {
            assertThat(buckets.take(lifted, "test-client")).as("call %d", i + 1).isEmpty();
        }
    }

    @Test
    void aBudgetIsAtLeastOneCall() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TokenBuckets.Budget(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static HikariDataSource dataSource(String database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestInfrastructure.newDatabase(database));
        dataSource.setUsername(TestInfrastructure.postgresUser());
        dataSource.setPassword(TestInfrastructure.postgresPassword());
        JdbcClient.create(dataSource).sql("""
                CREATE TABLE rate_limit_bucket (id varchar(100) PRIMARY KEY, state bytea, expires_at bigint)""")
                .update();
        return dataSource;
    }
}
