/** Publishes booking-service's records on Kafka: the translator of stored events, and the sender of one-time codes. */
package fr.creneau.booking.publishing;
