package fr.creneau.gateway.resilience;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the gateway judges a service unhealthy, and how many calls it lets wait on one service at once. The timeout
 * replaces Resilience4j's default of one second, far too short for a service whose JVM has just started. The
 * bulkhead replaces the default of 25 concurrent calls, which answered 503 at once to a 50-client rush; the README
 * says how its size was measured.
 */
@ConfigurationProperties("creneau.gateway.circuit-breaker")
public record CircuitBreakerProperties(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("10") int minimumNumberOfCalls,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("10s") Duration waitInOpenState,
        @DefaultValue("400") int maxConcurrentCalls) {
}
