package fr.creneau.booking.calendarfeed.view;

import java.time.Instant;

/** A feed as the commune's administrator sees it: whose, and since when; never its secret. */
public record ActiveFeed(String accountId, String agentId, Instant createdAt) {
}
