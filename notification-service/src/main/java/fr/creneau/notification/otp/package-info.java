/** The one-time codes from notification.otp, sent by SMS and e-mail to confirm a booking. */
package fr.creneau.notification.otp;
