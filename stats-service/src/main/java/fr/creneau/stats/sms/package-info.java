/** The SMS each commune sent and what they cost, from notification.events: one row per SMS. */
package fr.creneau.stats.sms;
