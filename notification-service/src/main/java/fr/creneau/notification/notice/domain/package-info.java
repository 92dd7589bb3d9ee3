/** A notice, its kind, channel and status. */
package fr.creneau.notification.notice.domain;
