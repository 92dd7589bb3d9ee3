package fr.creneau.stats.sms;

import fr.creneau.notification.api.NotificationEvent;
import fr.creneau.stats.messaging.EventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The binding {@code notificationEvents-in-0} on notification.events; see {@link EventReader} for why it takes bytes. */
@Configuration(proxyBeanMethods = false)
class NotificationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> notificationEvents(EventReader reader, SmsProjector projector) {
        return message -> reader.read(message.getPayload(), NotificationEvent.class)
                .filter(event -> event.eventId() != null)
                .ifPresent(projector::on);
    }
}
