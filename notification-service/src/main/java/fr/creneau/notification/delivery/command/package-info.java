/** Sends a recorded notice through its channel's transport, retrying until it succeeds or is given up. */
package fr.creneau.notification.delivery.command;
