/** Booking, hearing and cancelling an appointment by phone, through Twilio Voice's webhooks and the keypad. */
package fr.creneau.booking.voice;
