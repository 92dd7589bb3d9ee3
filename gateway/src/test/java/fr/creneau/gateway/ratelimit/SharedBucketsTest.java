package fr.creneau.gateway.ratelimit;

import fr.creneau.platform.ratelimit.RateLimitSweep;
import fr.creneau.platform.ratelimit.TokenBuckets;
import fr.creneau.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import com.zaxxer.hikari.HikariDataSource;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buckets in PostgreSQL, without the gateway around them: several gateways taking from one bucket at once never
 * grant more than its budget, a bucket refills evenly, the sweep forgets only full buckets, and what one take costs
 * (one statement in its own commit; its time printed, measured on the test PostgreSQL through a pool of five
 * connections, as the gateway's).
 */
class SharedBucketsTest {

    private static HikariDataSource dataSource;

    @BeforeAll
    static void migratedDatabase() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestInfrastructure.newDatabase("gateway"));
        dataSource.setMaximumPoolSize(5);
        dataSource.setUsername(TestInfrastructure.postgresUser());
        dataSource.setPassword(TestInfrastructure.postgresPassword());
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    @AfterAll
    static void closePool() {
        dataSource.close();
    }

    @Test
    void fourGatewaysTakingFromOneClientsBucketAtOnceGrantExactlyItsBudget() throws Exception {
        List<ClientBuckets> gateways = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            gateways.add(buckets(10, Duration.ofHours(1)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> takes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ClientBuckets gateway = gateways.get(i % 4);
            takes.add(() -> gateway.take(Tier.SENSITIVE, "203.0.113.1").blockOptional().isEmpty());
        }
        int granted = 0;
        for (Future<Boolean> take : threads.invokeAll(takes)) {
            granted += take.get() ? 1 : 0;
        }
        threads.shutdown();

        assertThat(granted).isEqualTo(10);
    }

    @Test
    void aRefusalSaysHowLongUntilTheNextToken() {
        ClientBuckets buckets = buckets(2, Duration.ofHours(1));
        buckets.take(Tier.SENSITIVE, "203.0.113.2").block();
        buckets.take(Tier.SENSITIVE, "203.0.113.2").block();

        Duration wait = buckets.take(Tier.SENSITIVE, "203.0.113.2").block();

        assertThat(wait).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
    }

    @Test
    void aBucketRefillsEvenlyOverItsPeriodAndNeverBeyondItsBudget() throws InterruptedException {
        ClientBuckets buckets = buckets(4, Duration.ofSeconds(2));
        for (int i = 0; i < 4; i++) {
            assertThat(buckets.take(Tier.SENSITIVE, "203.0.113.3").blockOptional()).isEmpty();
        }
        Duration wait = buckets.take(Tier.SENSITIVE, "203.0.113.3").block();
        assertThat(wait).isBetween(Duration.ofMillis(1), Duration.ofMillis(500));

        Thread.sleep(wait.toMillis() + 50);
        assertThat(buckets.take(Tier.SENSITIVE, "203.0.113.3").blockOptional()).isEmpty();
        assertThat(buckets.take(Tier.SENSITIVE, "203.0.113.3").blockOptional()).isPresent();

        // idle for two periods, the bucket is full again, with its budget and no more
        Thread.sleep(4_000);
        int granted = 0;
        while (granted < 10 && buckets.take(Tier.SENSITIVE, "203.0.113.3").blockOptional().isEmpty()) {
            granted++;
        }
        assertThat(granted).isEqualTo(4);
    }

    @Test
    void eachTierAndClientHasABucketOfItsOwn() {
        ClientBuckets buckets = buckets(1, Duration.ofHours(1));
        assertThat(buckets.take(Tier.SENSITIVE, "203.0.113.4").blockOptional()).isEmpty();
        assertThat(buckets.take(Tier.SENSITIVE, "203.0.113.4").blockOptional()).isPresent();

        assertThat(buckets.take(Tier.GENERAL, "203.0.113.4").blockOptional()).isEmpty();
        assertThat(buckets.take(Tier.SENSITIVE, "203.0.113.5").blockOptional()).isEmpty();
    }

    @Test
    void theSweepDeletesTheBucketsFullAgainAndKeepsTheOthers() throws InterruptedException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        buckets(5, Duration.ofMillis(1)).take(Tier.LOGIN, "192.0.2.1").block();
        buckets(5, Duration.ofHours(1)).take(Tier.LOGIN, "192.0.2.2").block();
        long before = jdbc.sql("SELECT count(*) FROM rate_limit_bucket").query(Long.class).single();
        Thread.sleep(20);

        int removed = new RateLimitSweep(jdbc).removeExpired();

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT id FROM rate_limit_bucket WHERE id LIKE 'login/%'").query(String.class).list())
                .containsExactly("login/192.0.2.2");
        assertThat(jdbc.sql("SELECT count(*) FROM rate_limit_bucket").query(Long.class).single())
                .isEqualTo(before - removed);
    }

    @Test
    void oneTakeIsOneStatementInItsOwnCommitAndItsTimeIsPrinted() {
        AtomicInteger statements = new AtomicInteger();
        AtomicInteger transactionsOpened = new AtomicInteger();
        ClientBuckets buckets = new ClientBuckets(
                new TokenBuckets(JdbcClient.create(counting(dataSource, statements, transactionsOpened))),
                Schedulers.boundedElastic(), properties(1_000_000, Duration.ofMinutes(1)));
        for (int i = 0; i < 200; i++) {
            buckets.take(Tier.GENERAL, "198.51.100." + (i % 50)).block();
        }
        statements.set(0);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            long start = System.nanoTime();
            assertThat(buckets.take(Tier.GENERAL, "198.51.100." + (i % 50)).blockOptional()).isEmpty();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);

        System.out.printf("Rate-limit bucket in PostgreSQL, one take (2,000 in a row, 50 clients): "
                + "p50 %d µs, p90 %d µs, p99 %d µs%n", micros.get(1_000), micros.get(1_800), micros.get(1_980));
        assertThat(statements.get()).as("statements sent for 2,000 takes").isEqualTo(2_000);
        assertThat(transactionsOpened.get()).as("transactions opened around a statement").isZero();
    }

    /** The pool, each statement prepared on it counted, and each transaction opened by turning autocommit off. */
    private static DataSource counting(DataSource target, AtomicInteger statements, AtomicInteger transactionsOpened) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                                statements.incrementAndGet();
                            } else if (method.getName().equals("setAutoCommit") && Boolean.FALSE.equals(arguments[0])) {
                                transactionsOpened.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    private static ClientBuckets buckets(int requests, Duration period) {
        return new ClientBuckets(new TokenBuckets(JdbcClient.create(dataSource)), Schedulers.boundedElastic(), properties(requests, period));
    }

    private static RateLimitProperties properties(int requests, Duration period) {
        RateLimitProperties.Limit limit = new RateLimitProperties.Limit(requests, period);
        return new RateLimitProperties(List.of(), limit, limit, limit, limit, null);
    }
}
