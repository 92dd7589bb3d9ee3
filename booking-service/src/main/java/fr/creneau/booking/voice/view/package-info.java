/** The communes' phone lines and the short references read out to callers, in booking-service's database. */
package fr.creneau.booking.voice.view;
