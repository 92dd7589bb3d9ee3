package fr.creneau.booking.ratelimit.command;

import com.zaxxer.hikari.HikariDataSource;
import fr.creneau.booking.shared.domain.DerivedKey;
import fr.creneau.platform.problem.TooManyRequestsException;
import fr.creneau.platform.ratelimit.RateLimitSweep;
import fr.creneau.platform.ratelimit.TokenBuckets;
import fr.creneau.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits on the service's real table, as two instances of the service would use it, one statement a call. */
class RateLimitsTest {

    private static final String SECRET = "a secret of the tests, long enough";
    private static final String FAST = "two-per-two-seconds";

    private static HikariDataSource dataSource;
    private static RateLimits instance;
    private static RateLimits otherInstance;

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestInfrastructure.newDatabase("booking_limits"));
        dataSource.setUsername(TestInfrastructure.postgresUser());
        dataSource.setPassword(TestInfrastructure.postgresPassword());
        dataSource.setMaximumPoolSize(4);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/platform", "classpath:db/axon").load().migrate();
        instance = limits();
        otherInstance = limits();
    }

    @AfterAll
    static void closePool() {
        dataSource.close();
    }

    @Test
    void aPersonIsRefusedPastTheLimitOfThePeriodAndToldWhenToComeBack() {
        for (int call = 0; call < 3; call++) {
            instance.check(RateLimits.RESERVATION_PER_PERSON, "mobile:+33600000001");
        }

        assertThatThrownBy(() -> instance.check(RateLimits.RESERVATION_PER_PERSON, "mobile:+33600000001"))
                .isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("Trop de demandes")
                .satisfies(refusal -> assertThat(((TooManyRequestsException) refusal).retryAfterSeconds())
                        .isBetween(190L, 200L));
    }

    @Test
    void twoInstancesShareOnePersonsBudget() {
        instance.check(RateLimits.RESERVATION_PER_PERSON, "email:jeanne@example.fr");
        otherInstance.check(RateLimits.RESERVATION_PER_PERSON, "email:jeanne@example.fr");
        instance.check(RateLimits.RESERVATION_PER_PERSON, "email:jeanne@example.fr");

        assertThatThrownBy(() -> otherInstance.check(RateLimits.RESERVATION_PER_PERSON, "email:jeanne@example.fr"))
                .isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void eachPersonHasItsOwnAllowance() {
        for (int call = 0; call < 3; call++) {
            instance.check(RateLimits.RESERVATION_PER_PERSON, "mobile:+33600000002");
        }

        assertThatCode(() -> instance.check(RateLimits.RESERVATION_PER_PERSON, "mobile:+33600000003"))
                .doesNotThrowAnyException();
    }

    @Test
    void theTableHoldsNoContactDetailsInClear() {
        instance.check(RateLimits.RESERVATION_PER_PERSON, "mobile:+33600000004");

        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("SELECT id FROM rate_limit_bucket")) {
            while (rows.next()) {
                assertThat(rows.getString("id")).doesNotContain("+336").doesNotContain("@")
                        .matches("(reservation-per-person|code-per-appointment|" + FAST + ")/[0-9a-f]{64}");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLimitThatIsNotConfiguredLetsEverythingThrough() {
        for (int call = 0; call < 50; call++) {
            instance.check("not-configured", "anything");
        }
    }

    @Test
    void aCallOfSeveralKeysIsRefusedWhenOneOfThemIsSpentAndWaitsForTheLongest() {
        for (int call = 0; call < 3; call++) {
            instance.check(RateLimits.RESERVATION_PER_PERSON, "ants:SPENT00001");
        }

        assertThatThrownBy(() -> instance.checkAll(RateLimits.RESERVATION_PER_PERSON,
                List.of("mobile:+33600000005", "ants:SPENT00001")))
                .isInstanceOf(TooManyRequestsException.class)
                .satisfies(refusal -> assertThat(((TooManyRequestsException) refusal).retryAfterSeconds())
                        .isBetween(190L, 200L));
        assertThatCode(() -> instance.checkAll(RateLimits.RESERVATION_PER_PERSON,
                List.of("mobile:+33600000005", "email:other@example.fr"))).doesNotThrowAnyException();
    }

    @Test
    void aRushOnOneKeyFromTwoInstancesGetsExactlyTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int call = 0; call < 40; call++) {
                RateLimits limits = call % 2 == 0 ? instance : otherInstance;
                calls.add(pool.submit(() -> {
                    try {
                        limits.check(RateLimits.RESERVATION_PER_PERSON, "mobile:+33600000006");
                        return true;
                    } catch (TooManyRequestsException refused) {
                        return false;
                    }
                }));
            }
            int admitted = 0;
            for (Future<Boolean> call : calls) {
                admitted += call.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBucketRefillsOverItsPeriodAndIsSweptOnceFull() throws InterruptedException {
        instance.check(FAST, "mobile:+33600000007");
        instance.check(FAST, "mobile:+33600000007");
        assertThatThrownBy(() -> instance.check(FAST, "mobile:+33600000007"))
                .isInstanceOf(TooManyRequestsException.class);

        Thread.sleep(1_500);

        assertThatCode(() -> instance.check(FAST, "mobile:+33600000007")).doesNotThrowAnyException();
        Thread.sleep(2_500);
        new RateLimitSweep(JdbcClient.create(dataSource)).removeExpired();
        assertThat(rows(FAST)).isZero();
    }

    @Test
    void aBucketOfBucket4jFromBeforeKeepsItsBudget() throws Exception {
        String id = RateLimits.RESERVATION_PER_PERSON + "/"
                + DerivedKey.of(SECRET, DerivedKey.PERSONS, "test").hex("mobile:+33600000008");
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("INSERT INTO rate_limit_bucket (id, state, expires_at) "
                     + "VALUES (?, '\\x0102'::bytea, ?)")) {
            insert.setString(1, id);
            insert.setLong(2, System.currentTimeMillis() + Duration.ofMinutes(10).toMillis());
            insert.executeUpdate();
        }

        assertThatThrownBy(() -> instance.check(RateLimits.RESERVATION_PER_PERSON, "mobile:+33600000008"))
                .isInstanceOf(TooManyRequestsException.class);
    }

    private static int rows(String limitName) {
        try (var connection = dataSource.getConnection();
             var count = connection.prepareStatement("SELECT count(*) FROM rate_limit_bucket WHERE id LIKE ?")) {
            count.setString(1, limitName + "/%");
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RateLimits limits() {
        return new RateLimits(new TokenBuckets(JdbcClient.create(dataSource)), new RateLimitProperties(Map.of(
                RateLimits.RESERVATION_PER_PERSON, new RateLimitProperties.Limit(3, Duration.ofMinutes(10)),
                FAST, new RateLimitProperties.Limit(2, Duration.ofSeconds(2)))), SECRET);
    }
}
