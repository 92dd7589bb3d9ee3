package fr.creneau.notification.contact.messaging;

import fr.creneau.booking.api.AppointmentContact;
import fr.creneau.notification.contact.view.ContactBook;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Keeps a copy of booking.contacts. A tombstone (null value: the citizen's data was erased) arrives with a
 * {@code KafkaNull} payload under the appointment's key, and deletes our copy.
 */
@Configuration(proxyBeanMethods = false)
class ContactConsumer {

    @Bean
    Consumer<Message<AppointmentContact>> contacts(ContactBook contacts, Clock clock) {
        return message -> {
            Object payload = message.getPayload();
            if (payload instanceof AppointmentContact contact) {
                contacts.save(contact);
            } else {
                Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
                if (key != null) {
                    contacts.erase(key instanceof byte[] raw ? new String(raw, StandardCharsets.UTF_8) : key.toString(),
                            clock.instant());
                }
            }
        };
    }
}
