/** The records booking-service publishes on {@code booking.events}, {@code booking.contacts} and {@code notification.otp}. */
package fr.creneau.booking.api;
