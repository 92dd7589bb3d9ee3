package fr.creneau.notification.delivery.adapter;

import fr.creneau.notification.compose.domain.OutboundMessage;
import fr.creneau.notification.delivery.domain.MessageSender;
import fr.creneau.notification.delivery.domain.Receipt;
import fr.creneau.notification.notice.domain.MessageChannel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * A transport behind a Resilience4j circuit breaker: while the provider is down, calls fail at once (and are
 * retried later by the send task) instead of piling up on a dead server.
 */
class GuardedSender implements MessageSender {

    private final MessageSender delegate;
    private final CircuitBreaker breaker;

    GuardedSender(MessageSender delegate, CircuitBreaker breaker) {
        this.delegate = delegate;
        this.breaker = breaker;
    }

    @Override
    public MessageChannel channel() {
        return delegate.channel();
    }

    @Override
    public Receipt send(OutboundMessage message) {
        return breaker.executeSupplier(() -> delegate.send(message));
    }
}
