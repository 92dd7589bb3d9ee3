package fr.creneau.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Wrong passwords counted per username, known or not (so the lock tells nobody which usernames exist). Only the
 * most recent usernames are kept, so a flood of names cannot exhaust the gateway's memory.
 */
class LoginAttempts {

    private final LoginProperties properties;
    private final Clock clock;
    private final Map<String, Failures> failures;

    LoginAttempts(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        int capacity = properties.trackedUsernames();
        this.failures = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How long this username stays locked, if it is. */
    synchronized Optional<Duration> lockedFor(String username) {
        Failures current = failures.get(key(username));
        if (current == null || current.lockedUntil == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), current.lockedUntil);
        if (left.isNegative() || left.isZero()) {
            failures.remove(key(username));
            return Optional.empty();
        }
        return Optional.of(left);
    }

    synchronized void failed(String username) {
        Failures current = failures.computeIfAbsent(key(username), name -> new Failures());
        current.count++;
        if (current.count >= properties.maxFailures()) {
            current.lockedUntil = clock.instant().plus(properties.lockDuration());
        }
    }

    synchronized void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static final class Failures {
        int count;
        Instant lockedUntil;
    }
}
