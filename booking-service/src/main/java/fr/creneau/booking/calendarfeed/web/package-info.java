/** The public feed address, and the agent's own endpoints to create, replace or revoke it. */
package fr.creneau.booking.calendarfeed.web;
