package fr.creneau.booking.ratelimit;

import fr.creneau.platform.problem.TooManyRequestsException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitsTest {

    private final RateLimits limits = new RateLimits(new RateLimitProperties(Map.of(
            RateLimits.RESERVATION_PER_IP, new RateLimitProperties.Limit(3, Duration.ofMinutes(1)))));

    @Test
    void aCallerIsRefusedPastTheLimitOfThePeriod() {
        for (int call = 0; call < 3; call++) {
            limits.check(RateLimits.RESERVATION_PER_IP, "203.0.113.7");
        }

        assertThatThrownBy(() -> limits.check(RateLimits.RESERVATION_PER_IP, "203.0.113.7"))
                .isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("Trop de demandes");
    }

    @Test
    void eachCallerHasItsOwnAllowance() {
        for (int call = 0; call < 3; call++) {
            limits.check(RateLimits.RESERVATION_PER_IP, "203.0.113.7");
        }

        assertThatCode(() -> limits.check(RateLimits.RESERVATION_PER_IP, "198.51.100.2")).doesNotThrowAnyException();
    }

    @Test
    void aLimitThatIsNotConfiguredLetsEverythingThrough() {
        for (int call = 0; call < 50; call++) {
            limits.check(RateLimits.CODE_PER_IP, "203.0.113.7");
        }
    }
}
