package fr.creneau.booking.ratelimit.command;

import fr.creneau.platform.ratelimit.TokenBuckets;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.zaxxer.hikari.HikariDataSource;
import fr.creneau.platform.problem.TooManyRequestsException;
import fr.creneau.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits on the service's real table, as two instances of the service would use it. */
class RateLimitsTest {

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
                        .matches("reservation-per-person/[0-9a-f]{64}|code-per-appointment/[0-9a-f]{64}");
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

    private static RateLimits limits() {
        return new RateLimits(new TokenBuckets(JdbcClient.create(dataSource)), new RateLimitProperties(Map.of(
                RateLimits.RESERVATION_PER_PERSON, new RateLimitProperties.Limit(3, Duration.ofMinutes(10)))),
                "a secret of the tests, long enough");
    }
}
