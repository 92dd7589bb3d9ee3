/** Reads notification.otp. */
package fr.creneau.notification.otp.messaging;
