package fr.creneau.notification.webhook.command;

import fr.creneau.notification.config.WebhookProperties;
import fr.creneau.notification.webhook.adapter.HostResolver;
import fr.creneau.notification.webhook.domain.InternalAddresses;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Checks where an endpoint's name leads, when it is registered and again before each attempt (its DNS may have
 * changed since). A name that does not resolve is not refused here: there is nowhere to post to, and the attempt
 * fails by itself.
 */
@Component
class Destinations {

    private final HostResolver resolver;
    private final boolean loopbackAllowed;

    Destinations(HostResolver resolver, WebhookProperties properties) {
        this.resolver = resolver;
        this.loopbackAllowed = properties.allowLoopbackHttp();
    }

    /** Why {@code url} may not be posted to, in French; empty when it leads to public addresses only. */
    Optional<String> refusal(String url) {
        return resolver.resolve(url).flatMap(resolved ->
                InternalAddresses.refusal(resolved.host(), resolved.addresses(), loopbackAllowed));
    }
}
