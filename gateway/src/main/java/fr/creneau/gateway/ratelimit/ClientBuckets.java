package fr.creneau.gateway.ratelimit;

import org.springframework.jdbc.core.simple.JdbcClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One token bucket per tier and client address, kept in the gateway's database so that every gateway draws from the
 * same one. A bucket holds the tier's budget and refills it evenly over the period (300 a minute: one every 200 ms),
 * so a client that paused gets its tokens back bit by bit rather than all at once at a minute's boundary. A take is
 * one call of {@code take_client_token} (migration V81): one round trip and one short transaction per request. The
 * database is reached with JDBC, on {@code scheduler}, never on the event loop.
 */
class ClientBuckets {

    private static final String TAKE = "SELECT take_client_token(?, ?, ?)";

    private final JdbcClient jdbc;
    private final Scheduler scheduler;
    private final Map<Tier, RateLimitProperties.Limit> limits = new EnumMap<>(Tier.class);

    ClientBuckets(JdbcClient jdbc, Scheduler scheduler, RateLimitProperties properties) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        limits.put(Tier.GENERAL, properties.general());
        limits.put(Tier.SENSITIVE, properties.sensitive());
        limits.put(Tier.LOGIN, properties.login());
        limits.put(Tier.ANTS, properties.ants());
    }

    /** Takes one token: empty when granted, else how long until the next token. */
    Mono<Duration> take(Tier tier, String client) {
        RateLimitProperties.Limit limit = limits.get(tier);
        long periodMicros = limit.period().toNanos() / 1_000;
        return Mono.fromCallable(() -> jdbc.sql(TAKE).params(key(tier, client), limit.requests(), periodMicros)
                        .query(Long.class).single())
                .subscribeOn(scheduler)
                .flatMap(micros -> micros == 0 ? Mono.empty() : Mono.just(Duration.ofNanos(micros * 1_000)));
    }

    /** The row's id: "general/203.0.113.9", short enough for any IPv6 literal. */
    static String key(Tier tier, String client) {
        return tier.name().toLowerCase(Locale.ROOT) + "/" + client;
    }
}
