/** Registers endpoints, turns booking events into deliveries and sends them, durably retried. */
package fr.creneau.notification.webhook.command;
