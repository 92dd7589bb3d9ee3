/** A booking made by phone, through the web's reservation path, and its cancellation by reference. */
package fr.creneau.booking.voice.command;
