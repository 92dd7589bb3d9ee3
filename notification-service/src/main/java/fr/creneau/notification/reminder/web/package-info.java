/** Each commune's reminder delays, per commune and per appointment type. */
package fr.creneau.notification.reminder.web;
