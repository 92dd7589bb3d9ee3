/** What would have been sent when no Twilio account or SMTP server is configured, for trying the flow by hand. */
package fr.creneau.notification.devinbox;
