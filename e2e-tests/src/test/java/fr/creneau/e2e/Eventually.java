package fr.creneau.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls until a condition holds: events take a moment to cross Kafka. On timeout the failure shows the last value
 * seen, which usually says what went wrong (a 404, an empty list...).
 */
final class Eventually {

    private Eventually() {
    }

    static <T> T poll(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(timeout);
        T last = null;
        RuntimeException lastFailure = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = probe.get();
                lastFailure = null;
                if (done.test(last)) {
                    return last;
                }
            } catch (RuntimeException e) {
                lastFailure = e;
            }
            pause();
        }
        throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what + "; last seen: "
                + (lastFailure != null ? lastFailure : last), lastFailure);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
