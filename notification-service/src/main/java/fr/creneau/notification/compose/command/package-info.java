/** Composes a recorded notice into its message: the commune's text, the citizen's address, links and calendar file. */
package fr.creneau.notification.compose.command;
