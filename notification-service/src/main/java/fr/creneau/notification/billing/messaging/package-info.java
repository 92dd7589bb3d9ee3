/** Reads the voice lines' ended calls from voice.calls into the minutes invoiced. */
package fr.creneau.notification.billing.messaging;
