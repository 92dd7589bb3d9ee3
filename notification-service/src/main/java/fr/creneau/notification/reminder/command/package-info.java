/** Keeps an appointment's reminder tasks in step with it, and fires them when due. */
package fr.creneau.notification.reminder.command;
