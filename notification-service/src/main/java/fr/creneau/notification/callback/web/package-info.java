/** The endpoint Twilio posts each change of an SMS's status to, checked against its signature. */
package fr.creneau.notification.callback.web;
