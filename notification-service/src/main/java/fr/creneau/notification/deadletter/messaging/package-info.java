/** Reads notification.dlq back, whoever wrote it. */
package fr.creneau.notification.deadletter.messaging;
