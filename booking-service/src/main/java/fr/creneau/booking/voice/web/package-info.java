/** Twilio's voice webhooks, each checked against Twilio's signature, and the commune administrator's line settings. */
package fr.creneau.booking.voice.web;
