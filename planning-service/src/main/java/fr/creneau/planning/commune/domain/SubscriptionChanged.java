package fr.creneau.planning.commune.domain;

public record SubscriptionChanged(String communeId, Subscription subscription) {
}
