package fr.creneau.booking.api;

import java.time.Instant;

/**
 * A call to a commune's voice line has ended, on {@code voice.calls}, keyed by commune: what notification-service
 * prices with the SMS. No caller number: only Twilio's id of the call, which is also the event's id (Twilio may
 * report a call twice; a consumer keeps it once).
 *
 * @param durationSeconds the call's length as Twilio gives it ({@code CallDuration})
 * @param minutes the minutes billed: every minute started counts
 */
public record VoiceCallEnded(
        String eventId,
        Instant occurredAt,
        String communeId,
        int durationSeconds,
        int minutes) {

    public static final String TOPIC = "voice.calls";

    public VoiceCallEnded {
        if (durationSeconds < 0 || minutes != billedMinutes(durationSeconds)) {
            throw new IllegalArgumentException("a call lasts 0 s or more, and is billed per minute started");
        }
    }

    public static int billedMinutes(int durationSeconds) {
        return (durationSeconds + 59) / 60;
    }
}
