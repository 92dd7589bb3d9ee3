/** The codes' records to notification.otp, through a Kafka producer of their own. */
package fr.creneau.booking.onetimecode.adapter;
