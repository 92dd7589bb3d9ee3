package fr.creneau.notification.webhook.command;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import fr.creneau.notification.webhook.domain.Delivery;
import fr.creneau.notification.webhook.domain.DeliveryStatus;
import fr.creneau.notification.webhook.view.DeliveryLog;
import fr.creneau.notification.webhook.view.Endpoints;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Schedules a delivery's attempt as a durable db-scheduler task, and replays one on the administrator's request. */
@Service
public class WebhookDeliveries {

    /** The durable task that makes one attempt of one delivery, by its id. */
    static final TaskDescriptor<String> DELIVERY = TaskDescriptor.of("webhook-delivery", String.class);

    private final SchedulerClient scheduler;
    private final DeliveryRows rows;
    private final DeliveryLog log;
    private final Endpoints endpoints;
    private final Clock clock;

    /** The scheduler is looked up lazily: its tasks need this service's neighbours. */
    WebhookDeliveries(@Lazy SchedulerClient scheduler, DeliveryRows rows, DeliveryLog log, Endpoints endpoints,
            Clock clock) {
        this.scheduler = scheduler;
        this.rows = rows;
        this.log = log;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    void scheduleNow(UUID deliveryId) {
        scheduler.scheduleIfNotExists(DELIVERY.instance(deliveryId.toString()).data(deliveryId.toString())
                .scheduledTo(clock.instant()));
    }

    /**
     * Sends a delivery again now, whatever its state: given up, delivered (the receiver lost it), or waiting for its
     * next retry (which then happens at once). The body and its event id are the same; the signature is new.
     */
    @Transactional
    public Delivery replay(String communeId, UUID endpointId, UUID deliveryId) {
        endpoints.find(communeId, endpointId).orElseThrow(() -> Missing.endpoint(endpointId));
        Delivery delivery = log.find(deliveryId).filter(found -> found.endpointId().equals(endpointId))
                .orElseThrow(() -> new NotFoundException(
                        "Aucune livraison « %s » pour ce point de réception.".formatted(deliveryId)));
        rows.status(deliveryId, DeliveryStatus.PENDING);
        TaskInstanceId instance = TaskInstanceId.of(DELIVERY.getTaskName(), deliveryId.toString());
        if (scheduler.getScheduledExecution(instance).isPresent()) {
            scheduler.reschedule(instance, clock.instant());
        } else {
            scheduleNow(deliveryId);
        }
        return log.find(deliveryId).orElseThrow();
    }
}
