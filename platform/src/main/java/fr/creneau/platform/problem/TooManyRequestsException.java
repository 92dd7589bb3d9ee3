package fr.creneau.platform.problem;

import java.time.Duration;

/** The caller went past a rate limit or a number of tries: answered 429, with how long to wait in Retry-After. */
public class TooManyRequestsException extends RuntimeException {

    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    private final Duration retryAfter;

    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    /** When nothing says how long: a minute, the period of most limits. */
    public TooManyRequestsException(String detail) {
        this(detail, ONE_MINUTE);
    }

    /** Whole seconds, rounded up, at least one: a caller that waits what it is told must not be refused again. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
