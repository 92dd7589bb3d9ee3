/** Consuming from Kafka exactly once in effect: each event id is recorded in the same transaction as its effect. */
package fr.creneau.platform.messaging;
