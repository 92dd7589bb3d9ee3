package fr.creneau.stats.sms.view;

import fr.creneau.notification.api.NotificationEvent;
import fr.creneau.notification.api.SmsDelivered;
import fr.creneau.notification.api.SmsDeliveryFailed;
import fr.creneau.notification.api.SmsSent;
import fr.creneau.platform.messaging.ProcessedEvents;
import fr.creneau.stats.sms.domain.SmsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Optional;

/** Applies one notification event to its SMS's row, once per event id, in one transaction. */
@Service
public class SmsProjector {

    static final String CONSUMER = "stats-notification-events";

    private final ProcessedEvents processedEvents;
    private final SmsFacts facts;
    private final ApplicationEventPublisher listeners;

    SmsProjector(ProcessedEvents processedEvents, SmsFacts facts, ApplicationEventPublisher listeners) {
        this.processedEvents = processedEvents;
        this.facts = facts;
        this.listeners = listeners;
    }

    @Transactional
    public void on(NotificationEvent event) {
        if (!processedEvents.firstTime(CONSUMER, event.eventId())) {
            return;
        }
        apply(event).ifPresent(day -> listeners.publishEvent(new SmsChanged(event.communeId(), day,
                event.occurredAt())));
    }

    private Optional<LocalDate> apply(NotificationEvent event) {
        if (event instanceof SmsSent sent) {
            return Optional.of(facts.sent(sent));
        }
        if (event instanceof SmsDelivered delivered) {
            return facts.delivery(delivered.communeId(), delivered.noticeId(), SmsFacts.Delivery.DELIVERED);
        }
        if (event instanceof SmsDeliveryFailed failed) {
            return facts.delivery(failed.communeId(), failed.noticeId(), SmsFacts.Delivery.FAILED);
        }
        return Optional.empty();
    }
}
