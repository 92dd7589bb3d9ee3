/** Reads notification.events into the SMS facts. */
package fr.creneau.stats.sms.messaging;
