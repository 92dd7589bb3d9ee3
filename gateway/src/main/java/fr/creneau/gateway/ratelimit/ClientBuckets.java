package fr.creneau.gateway.ratelimit;

import fr.creneau.platform.ratelimit.TokenBuckets;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One token bucket per tier and client address, kept in the gateway's database so that every gateway draws from the
 * same one (platform's {@link TokenBuckets}: one statement a take). A bucket holds the tier's budget and refills it
 * evenly over the period (300 a minute: one every 200 ms), so a client that paused gets its tokens back bit by bit
 * rather than all at once at a minute's boundary. The database is reached with JDBC, on {@code scheduler}, never on
 * the event loop.
 */
class ClientBuckets {

    private final TokenBuckets buckets;
    private final Scheduler scheduler;
    private final Map<Tier, TokenBuckets.Budget> budgets = new EnumMap<>(Tier.class);

    ClientBuckets(TokenBuckets buckets, Scheduler scheduler, RateLimitProperties properties) {
        this.buckets = buckets;
        this.scheduler = scheduler;
        budgets.put(Tier.GENERAL, budget(properties.general()));
        budgets.put(Tier.SENSITIVE, budget(properties.sensitive()));
        budgets.put(Tier.LOGIN, budget(properties.login()));
        budgets.put(Tier.ANTS, budget(properties.ants()));
    }

    /** Takes one token: empty when granted, else how long until the next token. */
    Mono<Duration> take(Tier tier, String client) {
        return Mono.fromCallable(() -> buckets.take(budgets.get(tier), key(tier, client)).orElse(null))
                .subscribeOn(scheduler);
    }

    /** The row's id: "general/203.0.113.9", short enough for any IPv6 literal. */
    static String key(Tier tier, String client) {
        return tier.name().toLowerCase(Locale.ROOT) + "/" + client;
    }

    private static TokenBuckets.Budget budget(RateLimitProperties.Limit limit) {
        return new TokenBuckets.Budget(limit.requests(), limit.period());
    }
}
