package fr.creneau.booking.catalog.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.planning.api.PlanningChanged;
import fr.creneau.planning.api.PlanningEvent;
import fr.creneau.platform.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads {@code planning.events}. Descriptions go to the catalog in booking-service's own records
 * ({@link PlanningTranslation}), once per event id, in one transaction; capacity
 * changes go to the counter-day aggregates, which ignore a change they already have (replace semantics).
 */
@Configuration
class PlanningEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(PlanningEventsConsumer.class);
    private static final String CONSUMER = "booking-service.planning";

    private final ObjectMapper json;
    private final Catalog catalog;
    private final CapacityFeeder capacity;
    private final ProcessedEvents processed;
    private final TransactionTemplate transaction;

    PlanningEventsConsumer(ObjectMapper json, Catalog catalog, CapacityFeeder capacity, ProcessedEvents processed,
            TransactionTemplate transaction) {
        this.json = json;
        this.catalog = catalog;
        this.capacity = capacity;
        this.processed = processed;
        this.transaction = transaction;
    }

    @Bean
    Consumer<Message<byte[]>> planningEvents() {
        return message -> {
            PlanningEvent event = read(message.getPayload());
            if (event == null) {
                return;
            }
            if (event instanceof PlanningChanged change) {
                capacity.apply(change);
            }
            transaction.executeWithoutResult(status -> {
                if (processed.firstTime(CONSUMER, event.eventId())) {
                    describe(event);
                }
            });
        };
    }

    private void describe(PlanningEvent event) {
        PlanningTranslation.entryOf(event).ifPresentOrElse(entry -> catalog.remember(entry, event.occurredAt()),
                () -> log.debug("no description kept for {}", event.getClass().getSimpleName()));
    }

    private PlanningEvent read(byte[] payload) {
        try {
            return payload == null ? null : json.readValue(payload, PlanningEvent.class);
        } catch (IOException e) {
            log.warn("ignoring an unreadable planning event: {}", e.getMessage());
            return null;
        }
    }
}
