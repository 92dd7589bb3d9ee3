/**
 * What a channel without Twilio or SMTP would have sent, when the dev inbox was asked for: to try the flow by hand.
 */
package fr.creneau.notification.devinbox;
