package fr.creneau.stats.sms.messaging;

import fr.creneau.notification.api.NotificationEvent;
import fr.creneau.stats.shared.messaging.EventBatches;
import fr.creneau.stats.shared.messaging.EventReader;
import fr.creneau.stats.sms.view.SmsProjector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.function.Consumer;

/**
 * The binding {@code notificationEvents-in-0} on notification.events, a poll's records at a time
 * ({@link EventBatches}); see {@link EventReader} for why it takes bytes.
 */
@Configuration(proxyBeanMethods = false)
class NotificationEventsConsumer {

    @Bean
    Consumer<List<byte[]>> notificationEvents(EventBatches batches, SmsProjector projector) {
        return records -> batches.apply(records, NotificationEvent.class, NotificationEvent::eventId,
                projector::onAll);
    }
}
