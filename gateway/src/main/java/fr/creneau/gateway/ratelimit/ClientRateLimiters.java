package fr.creneau.gateway.ratelimit;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Resilience4j rate limiter per client address and tier. Only the most recently seen clients are kept, so a
 * flood of addresses cannot exhaust the gateway's memory.
 */
class ClientRateLimiters {

    private final Map<Tier, RateLimiterConfig> configs;
    private final Map<String, RateLimiter> limiters;

    ClientRateLimiters(RateLimitProperties properties) {
        this.configs = Map.of(Tier.GENERAL, config(properties.general()), Tier.SENSITIVE, config(properties.sensitive()),
                Tier.LOGIN, config(properties.login()));
        int capacity = properties.trackedClients();
        this.limiters = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                return size() > capacity;
            }
        };
    }

    boolean tryAcquire(Tier tier, String client) {
        return limiterFor(tier, client).acquirePermission();
    }

    Duration period(Tier tier) {
        return configs.get(tier).getLimitRefreshPeriod();
    }

    private synchronized RateLimiter limiterFor(Tier tier, String client) {
        return limiters.computeIfAbsent(tier + "/" + client, key -> RateLimiter.of(key, configs.get(tier)));
    }

    private static RateLimiterConfig config(RateLimitProperties.Limit limit) {
        return RateLimiterConfig.custom()
                .limitForPeriod(limit.requests())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
