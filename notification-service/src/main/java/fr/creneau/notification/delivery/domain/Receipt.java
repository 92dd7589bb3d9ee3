package fr.creneau.notification.delivery.domain;

/** What a transport says once it has accepted a message; {@code providerId} is Twilio's message SID, if any. */
public record Receipt(String transport, String providerId) {
}
