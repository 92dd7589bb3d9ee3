/** The 6-digit code that confirms a hold: sent on notification.otp, kept here only as a keyed hash. */
package fr.creneau.booking.onetimecode;
