package fr.creneau.stats.sms.messaging;

import fr.creneau.notification.api.NotificationEvent;
import fr.creneau.stats.shared.messaging.EventReader;
import fr.creneau.stats.sms.view.SmsProjector;
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
