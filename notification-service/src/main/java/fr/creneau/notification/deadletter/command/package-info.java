/** Publishes a message that could not be processed on notification.dlq. */
package fr.creneau.notification.deadletter.command;
