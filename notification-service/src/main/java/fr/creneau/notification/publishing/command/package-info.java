/** Appends what happened to an SMS to the outbox, in the transaction of the change it tells. */
package fr.creneau.notification.publishing.command;
