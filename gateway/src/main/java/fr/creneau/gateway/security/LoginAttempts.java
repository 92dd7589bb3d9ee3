package fr.creneau.gateway.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Wrong passwords in a row counted per username, known or not (so the lock tells nobody which usernames exist), in
 * the gateway's database: every gateway counts them together, and a restart forgets none. The database calls run on
 * the bounded elastic scheduler.
 */
class LoginAttempts {

    private final JdbcClient jdbc;
    private final LoginProperties properties;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, LoginProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** How long this username stays locked, if it is. */
    Mono<Duration> lockedFor(String username) {
        return offloaded(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            return jdbc.sql("SELECT locked_until FROM login_failure "
                            + "WHERE username_hash = :hash AND locked_until > :now")
                    .param("hash", hash(username)).param("now", now)
                    .query(OffsetDateTime.class).optional()
                    .map(until -> Duration.between(now, until)).orElse(null);
        });
    }

    /** One more failure, in one statement so that two gateways counting at once lose none; an ended lock restarts. */
    Mono<Void> failed(String username) {
        return offloaded(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("""
                    INSERT INTO login_failure AS f (username_hash, failures, locked_until, last_failure_at)
                    VALUES (:hash, 1, CASE WHEN 1 >= :max THEN CAST(:lockedUntil AS timestamptz) END, :now)
                    ON CONFLICT (username_hash) DO UPDATE SET
                        failures = CASE WHEN f.locked_until <= :now THEN 1 ELSE f.failures + 1 END,
                        locked_until = CASE
                            WHEN (CASE WHEN f.locked_until <= :now THEN 1 ELSE f.failures + 1 END) >= :max
                                THEN CAST(:lockedUntil AS timestamptz)
                            WHEN f.locked_until <= :now THEN NULL
                            ELSE f.locked_until END,
                        last_failure_at = :now
                    """)
                    .param("hash", hash(username)).param("max", properties.maxFailures())
                    .param("lockedUntil", now.plus(properties.lockDuration())).param("now", now)
                    .update();
            return null;
        });
    }

    Mono<Void> succeeded(String username) {
        return offloaded(() -> {
            jdbc.sql("DELETE FROM login_failure WHERE username_hash = :hash").param("hash", hash(username)).update();
            return null;
        });
    }

    /** Failures older than {@code forgetAfter}, and ended locks, are forgotten, so a flood of names does not stay. */
    @Scheduled(fixedDelayString = "${creneau.gateway.login.cleanup-every:10m}", initialDelayString = "1m")
    void forgetOldFailures() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                DELETE FROM login_failure
                WHERE last_failure_at < :forgotten AND (locked_until IS NULL OR locked_until <= :now)
                """)
                .param("forgotten", now.minus(properties.forgetAfter())).param("now", now)
                .update();
    }

    // what people type as a username is sometimes their password: only its hash is kept
    private static String hash(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static <T> Mono<T> offloaded(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
