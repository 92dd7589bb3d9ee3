/** Messages that could never be processed: published on notification.dlq, recorded from it, and listed. */
package fr.creneau.notification.deadletter;
