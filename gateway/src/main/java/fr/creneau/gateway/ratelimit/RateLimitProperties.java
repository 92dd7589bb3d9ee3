package fr.creneau.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Requests allowed per client address and period. {@code trustedProxies} lists the addresses or CIDR ranges of the
 * reverse proxies in front of the gateway; X-Forwarded-For is read only on connections from them, so a client
 * cannot pick its own address. Empty by default: the header is ignored. {@code ants} is the budget of the ANTS'
 * national site, whatever its addresses, recognised by {@code antsToken} (the one booking-service checks).
 */
@ConfigurationProperties("creneau.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue List<String> trustedProxies,
        @DefaultValue Limit general,
        @DefaultValue Limit sensitive,
        @DefaultValue Limit login,
        @DefaultValue Limit ants,
        String antsToken) {

    public record Limit(@DefaultValue("300") int requests, @DefaultValue("1m") Duration period) {
    }
}
