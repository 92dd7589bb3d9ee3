package fr.creneau.booking.onetimecode.domain;

import java.time.Duration;
import java.time.Instant;

/** The code a hold waits for, as far as booking-service knows it: its hash, its validity and what is left of it. */
public record PendingCode(
        String appointmentId,
        CodeHash hash,
        Instant expiresAt,
        int triesLeft,
        int resendsLeft,
        Instant lastSentAt,
        String sealedRecipient) {

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public PendingCode afterWrongTry() {
        return new PendingCode(appointmentId, hash, expiresAt, Math.max(0, triesLeft - 1), resendsLeft, lastSentAt,
                sealedRecipient);
    }

    public boolean canResend(Instant now, Duration coolDown) {
        return resendsLeft > 0 && !now.isBefore(lastSentAt.plus(coolDown));
    }

    /** A new code replaces the old one; the tries left are those of the hold, not renewed. */
    public PendingCode resent(CodeHash newHash, Instant now, Duration validity) {
        return new PendingCode(appointmentId, newHash, now.plus(validity), triesLeft, resendsLeft - 1, now,
                sealedRecipient);
    }
}
