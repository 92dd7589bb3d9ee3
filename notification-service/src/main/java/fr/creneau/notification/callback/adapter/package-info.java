/** Twilio's side of the status callbacks: the signature that proves a report comes from Twilio. */
package fr.creneau.notification.callback.adapter;
