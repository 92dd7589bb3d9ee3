package fr.creneau.notification.webhook.web;

import fr.creneau.notification.webhook.domain.WebhookEventType;

import java.util.Set;

/** A new endpoint: where to post (https://), and the events it wants. */
record WebhookRequest(String url, Set<WebhookEventType> events) {
}
