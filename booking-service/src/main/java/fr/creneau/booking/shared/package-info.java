/** What several features of booking-service use, by role: the problems of its requests, the Kafka sender. */
package fr.creneau.booking.shared;
