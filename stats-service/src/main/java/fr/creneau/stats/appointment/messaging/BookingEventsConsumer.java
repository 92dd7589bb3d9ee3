package fr.creneau.stats.appointment.messaging;

import fr.creneau.booking.api.BookingEvent;
import fr.creneau.stats.appointment.view.BookingEventProjector;
import fr.creneau.stats.shared.messaging.EventBatches;
import fr.creneau.stats.shared.messaging.EventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.function.Consumer;

/**
 * The binding {@code bookingEvents-in-0} on booking.events, a poll's records at a time ({@link EventBatches}); see
 * {@link EventReader} for why it takes bytes.
 */
@Configuration(proxyBeanMethods = false)
class BookingEventsConsumer {

    @Bean
    Consumer<List<byte[]>> bookingEvents(EventBatches batches, BookingEventProjector projector) {
        return records -> batches.apply(records, BookingEvent.class, BookingEvent::eventId, projector::onAll);
    }
}
