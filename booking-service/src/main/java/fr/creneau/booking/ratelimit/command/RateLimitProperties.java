package fr.creneau.booking.ratelimit.command;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * For each named limit, at most {@code limit} calls per {@code period} and per key: a person (mobile, e-mail, ANTS
 * number) or an appointment. Never an address: only the gateway knows the citizen's.
 */
@ConfigurationProperties("booking")
public record RateLimitProperties(Map<String, Limit> rateLimits) {

    public record Limit(int limit, Duration period) {
    }
}
