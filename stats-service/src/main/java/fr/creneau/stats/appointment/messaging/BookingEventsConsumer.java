package fr.creneau.stats.appointment.messaging;

import fr.creneau.booking.api.BookingEvent;
import fr.creneau.stats.appointment.view.BookingEventProjector;
import fr.creneau.stats.shared.messaging.EventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The binding {@code bookingEvents-in-0} on booking.events; see {@link EventReader} for why it takes bytes. */
@Configuration(proxyBeanMethods = false)
class BookingEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> bookingEvents(EventReader reader, BookingEventProjector projector) {
        return message -> reader.read(message.getPayload(), BookingEvent.class)
                .filter(event -> event.eventId() != null)
                .ifPresent(projector::on);
    }
}
