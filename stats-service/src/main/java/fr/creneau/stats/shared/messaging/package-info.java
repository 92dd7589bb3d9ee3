/** Reading the *-api records from Kafka, tolerant of event types a newer publisher adds. */
package fr.creneau.stats.shared.messaging;
