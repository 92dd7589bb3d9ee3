package fr.creneau.notification.devinbox.view;

import java.time.Instant;

/** One message of the dev inbox, as the contract's GET /api/notifications/dev-inbox lists it. */
public record DevInboxMessage(String channel, String to, String subject, String body, Instant sentAt, String kind) {
}
