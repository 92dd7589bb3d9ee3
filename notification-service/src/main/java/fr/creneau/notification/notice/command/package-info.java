/** Records notices once per event, kind and channel, and schedules their sending in the caller's transaction. */
package fr.creneau.notification.notice.command;
