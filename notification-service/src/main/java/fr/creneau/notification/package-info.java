/** Sends citizens and agents their one-time codes, confirmations, reminders and notices by SMS and e-mail. */
package fr.creneau.notification;
