package fr.creneau.booking.calendarfeed.web;

import java.time.Instant;

/**
 * The agent's feed: whether there is one and since when; {@code path} (its secret address, to put after the
 * gateway's) only in the answer that creates it, never again.
 */
record FeedSubscription(boolean active, Instant createdAt, String path) {
}
