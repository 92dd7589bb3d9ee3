/** The feed's events and the iCalendar document written from them. */
package fr.creneau.booking.calendarfeed.domain;
