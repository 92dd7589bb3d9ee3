package fr.creneau.booking.calendarfeed.view;

/** Whose appointments a feed shows: a planning agent of a commune. */
public record FeedOwner(String communeId, String agentId) {
}
