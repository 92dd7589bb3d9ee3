package fr.creneau.booking.ratelimit;

import fr.creneau.platform.problem.TooManyRequestsException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;

/**
 * One Resilience4j rate limiter per limit and key, refusing at once (no waiting) with a 429 in French. The limiters
 * are forgotten every hour so that the registry does not grow with every IP ever seen.
 */
@Component
public class RateLimits {

    public static final String RESERVATION_PER_IP = "reservation-per-ip";
    public static final String RESERVATION_PER_PERSON = "reservation-per-person";
    public static final String CODE_PER_IP = "code-per-ip";
    public static final String CODE_PER_APPOINTMENT = "code-per-appointment";

    private final Map<String, RateLimitProperties.Limit> limits;
    private final RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();

    RateLimits(RateLimitProperties properties) {
        this.limits = properties.rateLimits() == null ? Map.of() : Map.copyOf(properties.rateLimits());
    }

    public void check(String limitName, String key) {
        RateLimitProperties.Limit limit = limits.get(limitName);
        if (limit == null || key == null) {
            return;
        }
        RateLimiter limiter = registry.rateLimiter(limitName + "|" + key, () -> RateLimiterConfig.custom()
                .limitForPeriod(limit.limit())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(Duration.ZERO)
                .build());
        if (!limiter.acquirePermission()) {
            throw new TooManyRequestsException("Trop de demandes en peu de temps. Réessayez dans quelques minutes.");
        }
    }

    @Scheduled(fixedDelay = 3_600_000)
    void forgetIdleLimiters() {
        registry.getAllRateLimiters().forEach(limiter -> registry.remove(limiter.getName()));
    }
}
