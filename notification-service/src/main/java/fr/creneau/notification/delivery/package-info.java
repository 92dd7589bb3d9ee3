/** The transports: SMS through Twilio, e-mail through SMTP, or the dev inbox when neither is configured. */
package fr.creneau.notification.delivery;
