package fr.creneau.stats.appointment;

import fr.creneau.booking.api.BookingEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The binding {@code bookingEvents-in-0} on booking.events. A record of an unknown type arrives as null: skipped. */
@Configuration(proxyBeanMethods = false)
class BookingEventsConsumer {

    @Bean
    Consumer<Message<BookingEvent>> bookingEvents(BookingEventProjector projector) {
        return message -> {
            BookingEvent event = message.getPayload();
            if (event != null && event.eventId() != null) {
                projector.on(event);
            }
        };
    }
}
