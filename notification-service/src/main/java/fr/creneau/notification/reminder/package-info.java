/** Reminders before an appointment: durable db-scheduler tasks that follow the appointment when it moves or ends. */
package fr.creneau.notification.reminder;
