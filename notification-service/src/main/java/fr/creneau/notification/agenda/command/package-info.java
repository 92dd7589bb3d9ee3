/** Sends each commune's agents the next day's list once its chosen time has passed, from a recurring task. */
package fr.creneau.notification.agenda.command;
