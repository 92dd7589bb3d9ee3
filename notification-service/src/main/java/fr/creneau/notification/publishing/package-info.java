/** notification.events: SMS sent and their delivery, written to an outbox with what they tell, then relayed to Kafka. */
package fr.creneau.notification.publishing;
