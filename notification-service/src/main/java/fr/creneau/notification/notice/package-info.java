/** A notice is one message of one kind on one channel for one event: recorded once, then sent until it succeeds. */
package fr.creneau.notification.notice;
