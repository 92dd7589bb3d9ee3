/** Twilio's status callbacks: whether each SMS was delivered, recorded against its notice. */
package fr.creneau.notification.callback;
