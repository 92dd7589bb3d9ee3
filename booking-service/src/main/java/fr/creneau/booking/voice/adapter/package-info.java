/** Twilio Voice: its settings, and the signature it puts on each webhook request. */
package fr.creneau.booking.voice.adapter;
