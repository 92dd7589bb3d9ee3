package fr.creneau.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How webhooks are sent: retried first after {@code firstRetry}, then multiplied by {@code backoffMultiplier}, at
 * most {@code maxAttempts} in all, each waiting {@code timeout} for an answer. {@code allowLoopbackHttp} lets an
 * endpoint be plain http:// on the loopback interface (tests, a laptop); off by default.
 */
@ConfigurationProperties("creneau.notification.webhooks")
public record WebhookProperties(Duration firstRetry, double backoffMultiplier, int maxAttempts, Duration timeout,
        boolean allowLoopbackHttp) {

    public WebhookProperties {
        firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
        backoffMultiplier = backoffMultiplier <= 1 ? 2 : backoffMultiplier;
        maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
