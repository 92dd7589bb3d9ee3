/** An appointment as the statistics see it, and how each booking event moves it: plain Java. */
package fr.creneau.stats.appointment.domain;
