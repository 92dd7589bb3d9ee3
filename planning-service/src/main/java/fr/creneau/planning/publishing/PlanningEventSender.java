package fr.creneau.planning.publishing;

import fr.creneau.planning.api.PlanningEvent;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/** Sends one record and waits for the broker (the binding is {@code sync}): a failure throws, so Axon retries. */
@Component
class PlanningEventSender {

    static final String BINDING = "planningEvents-out-0";

    private final StreamBridge bridge;

    PlanningEventSender(StreamBridge bridge) {
        this.bridge = bridge;
    }

    void send(PlanningEvent event) {
        boolean sent = bridge.send(BINDING, MessageBuilder.withPayload(event)
                .setHeader(KafkaHeaders.KEY, event.key())
                .build());
        if (!sent) {
            throw new IllegalStateException("planning.events refused " + event.getClass().getSimpleName() + " "
                    + event.eventId());
        }
    }
}
