/** The feeds' hashed tokens, the appointments' change counts, and the agent's appointments read for a feed. */
package fr.creneau.booking.calendarfeed.view;
