package fr.creneau.notification.delivery.adapter;

import com.twilio.exception.ApiException;

import java.util.function.Predicate;

/**
 * What counts against a provider's circuit breaker: its being unreachable or failing (5xx, 429, timeouts), not our
 * own bad request for one message (a 4xx such as an invalid number), which says nothing of the provider's health.
 */
public class ProviderOutage implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        if (failure instanceof ApiException api && api.getStatusCode() != null) {
            int status = api.getStatusCode();
            return status >= 500 || status == 429;
        }
        return true;
    }
}
