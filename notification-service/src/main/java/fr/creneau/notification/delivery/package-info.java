/**
 * Sending a recorded notice: composed, handed to its channel's transport (Twilio, SMTP, or the dev inbox when asked for)
 * and retried until it succeeds or is given up.
 */
package fr.creneau.notification.delivery;
