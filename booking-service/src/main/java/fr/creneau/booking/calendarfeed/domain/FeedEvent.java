package fr.creneau.booking.calendarfeed.domain;

import java.time.Instant;

/**
 * One appointment as it appears in an agent's calendar.
 *
 * @param sequence  how many times the appointment changed, so that a later version outranks an earlier one
 * @param tentative awaiting the agents' approval
 */
public record FeedEvent(String uid, Instant start, Instant end, Instant stamp, int sequence, String summary,
        String location, String description, boolean tentative) {

    public FeedEvent {
        if (uid == null || start == null || end == null || stamp == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("a feed event has a uid, a stamp, and starts before it ends");
        }
    }

    /** The UID the notices' .ics give the same appointment, so that both describe one event. */
    public static String uidOf(String appointmentId) {
        return appointmentId + "@creneau";
    }
}
