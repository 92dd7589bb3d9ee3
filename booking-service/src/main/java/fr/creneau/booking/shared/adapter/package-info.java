/** A record sent straight to a Kafka topic by command code, for what must not sit in an event (a one-time code). */
package fr.creneau.booking.shared.adapter;
