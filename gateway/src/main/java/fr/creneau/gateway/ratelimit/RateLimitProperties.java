package fr.creneau.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Requests allowed per client address and period. {@code trustedProxies} is how many reverse proxies in front of
 * the gateway append to X-Forwarded-For; with 0 the header is ignored, so a client cannot pick its own address.
 */
@ConfigurationProperties("creneau.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("0") int trustedProxies,
        @DefaultValue("10000") int trackedClients,
        @DefaultValue Limit general,
        @DefaultValue Limit sensitive) {

    public record Limit(@DefaultValue("300") int requests, @DefaultValue("1m") Duration period) {
    }
}
