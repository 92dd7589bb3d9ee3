/** The transports to the outside world: Twilio for SMS, SMTP for e-mail, the dev inbox when asked for, each behind a circuit breaker. */
package fr.creneau.notification.delivery.adapter;
