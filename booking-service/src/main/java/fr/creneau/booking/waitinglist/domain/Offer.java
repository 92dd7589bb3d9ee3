package fr.creneau.booking.waitinglist.domain;

import java.time.Duration;
import java.time.Instant;

/** A freed place offered to one waiter until {@code expiresAt}; {@code offerId} is the place's id and a rank. */
public record Offer(String offerId, FreedPlace place, Waiter waiter, Instant offeredAt, Instant expiresAt) {

    public String appointmentId() {
        return waiter.appointmentId();
    }

    public Duration validity() {
        return Duration.between(offeredAt, expiresAt);
    }

    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
