/** How long before an appointment a reminder goes, and the data of a due reminder. */
package fr.creneau.notification.reminder.domain;
