package fr.creneau.notification.webhook.domain;

/** Where endpoints' secrets come from, passed in as the clock is. */
@FunctionalInterface
public interface SecretSource {

    String newSecret();
}
