package fr.creneau.notification.booking.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.notification.booking.command.BookingEventNotices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads booking.events. The payload is parsed here rather than by the binder so that a type this version does not
 * know is skipped (Jackson gives null for it) while a record that is not JSON at all fails, is retried by the
 * binder, then lands on the dead-letter topic. Holds are skipped before that ({@link HoldRecords}).
 */
@Configuration(proxyBeanMethods = false)
class BookingEventConsumer {

    @Bean
    Consumer<Message<byte[]>> bookingEvents(BookingEventNotices notices, ObjectMapper objectMapper) {
        ObjectMapper json = objectMapper.copy()
                .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return message -> {
            if (HoldRecords.isHold(message.getPayload())) {
                return;
            }
            BookingEvent event = read(json, message.getPayload());
            if (event != null) {
                notices.handle(event);
            }
        };
    }

    private static BookingEvent read(ObjectMapper json, byte[] payload) {
        try {
            return json.readValue(payload, BookingEvent.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a booking event: " + e.getMessage(), e);
        }
    }
}
