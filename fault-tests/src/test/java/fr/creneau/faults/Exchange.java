package fr.creneau.faults;

import java.time.Duration;
import java.time.Instant;

/** One request a citizen sent through the gateway, and what came back (status 0: nothing came). */
record Exchange(String what, Instant sentAt, int status, boolean problem, Duration took, String answer) {

    boolean succeeded() {
        return status == 200 || status == 201;
    }

    /** What the platform promises while a part is down: 503 problem+json, never another error nor silence. */
    boolean documentedRefusal() {
        return status == 503 && problem;
    }

    boolean sentBetween(Instant from, Instant to) {
        return !sentAt.isBefore(from) && sentAt.isBefore(to);
    }
}
