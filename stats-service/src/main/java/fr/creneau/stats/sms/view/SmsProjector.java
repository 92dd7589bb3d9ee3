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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Applies notification events to their SMS's rows, once per event id, a batch in one transaction. */
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
        onAll(List.of(event));
    }

    /**
     * The events in their order, in one transaction; an event seen before, in this batch or an earlier one, changes
     * nothing. Each commune's day whose SMS figures moved is announced once, with its latest change.
     */
    @Transactional
    public void onAll(List<NotificationEvent> events) {
        Set<String> firstTimes = processedEvents.firstTimes(CONSUMER,
                events.stream().map(NotificationEvent::eventId).distinct().toList());
        Map<List<Object>, SmsChanged> days = new LinkedHashMap<>();
        for (NotificationEvent event : events) {
            if (firstTimes.remove(event.eventId())) {
                apply(event).ifPresent(day -> days.merge(List.of(event.communeId(), day),
                        new SmsChanged(event.communeId(), day, event.occurredAt()), SmsProjector::later));
            }
        }
        days.values().forEach(listeners::publishEvent);
    }

    private static SmsChanged later(SmsChanged one, SmsChanged other) {
        return other.occurredAt().isAfter(one.occurredAt()) ? other : one;
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
