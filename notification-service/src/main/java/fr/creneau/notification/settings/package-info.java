/** Each commune's choices: channels per notice (overridable per appointment type), reminders, agents' e-mails. */
package fr.creneau.notification.settings;
