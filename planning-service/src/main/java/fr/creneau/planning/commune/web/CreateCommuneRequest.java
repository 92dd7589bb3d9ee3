package fr.creneau.planning.commune.web;

import fr.creneau.planning.commune.domain.Subscription;

/** {@code subscription} may be left out, and set later by the operator. */
public record CreateCommuneRequest(String slug, String name, String timeZone, SubscriptionRequest subscription) {

    String timeZoneOrDefault() {
        return timeZone == null || timeZone.isBlank() ? "Europe/Paris" : timeZone;
    }

    Subscription subscriptionOrNone() {
        return subscription == null ? null : subscription.subscription();
    }
}
