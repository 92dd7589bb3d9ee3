package fr.creneau.booking.ants.adapter;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The installation's link with the ANTS. No default secret: without {@code editorToken} the API the ANTS calls
 * answers that it is not configured; without {@code coordination.baseUrl} and {@code coordination.token} no
 * number is checked and nothing is declared.
 *
 * @param editorToken what the ANTS sends in {@code X-HUB-RDV-AUTH-TOKEN}
 * @param portalUrl the public address of the citizen pages, for the links the national site shows
 * @param maxDays the longest period one search of slots may cover
 */
@ConfigurationProperties("booking.ants")
public record AntsProperties(String editorToken, String portalUrl, int maxDays, Coordination coordination,
        Outbox outbox, Purge purge) {

    /**
     * @param timeout how long a status check waits for the ANTS before the commune's choice applies
     * @param failureRateThreshold percentage of failed calls, over the last {@code slidingWindow}, that opens the
     *     breaker
     * @param openFor how long an open breaker answers at once without calling, before it tries again
     */
    public record Coordination(String baseUrl, String token, Duration timeout, int slidingWindow,
            int failureRateThreshold, Duration openFor) {
    }

    /** @param firstRetry the wait after a first failure, doubled at each one up to {@code maxRetry} */
    public record Outbox(Duration pollInterval, Duration firstRetry, Duration maxRetry, int batch) {
    }

    /**
     * @param keep how long a declaration the ANTS accepted, and a line of the call log, are kept
     * @param interval how often what is older is deleted
     */
    public record Purge(Duration keep, Duration interval) {
    }

    public boolean coordinationConfigured() {
        return coordination != null && notBlank(coordination.baseUrl()) && notBlank(coordination.token());
    }

    public String portal() {
        String url = portalUrl == null ? "" : portalUrl;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
