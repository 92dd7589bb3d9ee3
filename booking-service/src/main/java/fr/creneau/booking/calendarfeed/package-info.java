/** An agent's personal calendar feed: a secret address their calendar application reads their appointments from. */
package fr.creneau.booking.calendarfeed;
