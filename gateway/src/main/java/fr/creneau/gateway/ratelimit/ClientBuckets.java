package fr.creneau.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One token bucket per tier and client address, kept in the gateway's database so that every gateway draws from the
 * same one. A bucket holds the tier's budget and refills it evenly over the period (300 a minute: one every 200 ms),
 * so a client that paused gets its tokens back bit by bit rather than all at once at a minute's boundary. The
 * database is reached with JDBC, on {@code scheduler}, never on the event loop.
 */
class ClientBuckets {

    private final ProxyManager<String> store;
    private final Scheduler scheduler;
    private final Map<Tier, BucketConfiguration> configurations = new EnumMap<>(Tier.class);

    ClientBuckets(ProxyManager<String> store, Scheduler scheduler, RateLimitProperties properties) {
        this.store = store;
        this.scheduler = scheduler;
        configurations.put(Tier.GENERAL, configuration(properties.general()));
        configurations.put(Tier.SENSITIVE, configuration(properties.sensitive()));
        configurations.put(Tier.LOGIN, configuration(properties.login()));
        configurations.put(Tier.ANTS, configuration(properties.ants()));
    }

    /** Takes one token: empty when granted, else how long until the next token. */
    Mono<Duration> take(Tier tier, String client) {
        return Mono.fromCallable(() -> store.getProxy(key(tier, client), () -> configurations.get(tier))
                        .tryConsumeAndReturnRemaining(1))
                .subscribeOn(scheduler)
                .flatMap(probe -> probe.isConsumed() ? Mono.empty() : Mono.just(wait(probe)));
    }

    /** The row's id: "general/203.0.113.9", short enough for any IPv6 literal. */
    static String key(Tier tier, String client) {
        return tier.name().toLowerCase(Locale.ROOT) + "/" + client;
    }

    private static Duration wait(ConsumptionProbe probe) {
        return Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private static BucketConfiguration configuration(RateLimitProperties.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period()).build())
                .build();
    }
}
