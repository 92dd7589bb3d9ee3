/** Turns a recorded notice into the message the citizen or agent gets: text, recipient, links and calendar file. */
package fr.creneau.notification.compose;
