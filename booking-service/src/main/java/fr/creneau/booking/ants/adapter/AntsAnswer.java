package fr.creneau.booking.ants.adapter;

/**
 * How one call to the ANTS ended: {@code ANSWERED} (2xx), {@code REFUSED} (a 4xx: the request or the token is
 * wrong), {@code FAILED} (a 5xx, a timeout, no connection), {@code SKIPPED} (the breaker is open); and the body.
 */
public record AntsAnswer(Outcome outcome, Integer httpStatus, String body, long durationMillis) {

    public enum Outcome {
        ANSWERED, REFUSED, FAILED, SKIPPED
    }

    public boolean answered() {
        return outcome == Outcome.ANSWERED;
    }
}
