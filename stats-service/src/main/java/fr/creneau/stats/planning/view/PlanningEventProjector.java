package fr.creneau.stats.planning.view;

import fr.creneau.planning.api.AgentChanged;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.planning.api.CounterChanged;
import fr.creneau.planning.api.PlaceChanged;
import fr.creneau.planning.api.PlanningChanged;
import fr.creneau.planning.api.PlanningEvent;
import fr.creneau.planning.api.ServiceChanged;
import fr.creneau.platform.messaging.ProcessedEvents;
import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.dimension.view.DimensionLabels;
import fr.creneau.stats.planning.domain.CapacityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** Applies one planning event, once per event id, in one transaction. */
@Service
public class PlanningEventProjector {

    static final String CONSUMER = "stats-planning-events";

    private final ProcessedEvents processedEvents;
    private final CounterCapacities capacities;
    private final DimensionLabels labels;
    private final ApplicationEventPublisher listeners;

    PlanningEventProjector(ProcessedEvents processedEvents, CounterCapacities capacities, DimensionLabels labels,
            ApplicationEventPublisher listeners) {
        this.processedEvents = processedEvents;
        this.capacities = capacities;
        this.labels = labels;
        this.listeners = listeners;
    }

    @Transactional
    public void on(PlanningEvent event) {
        if (!processedEvents.firstTime(CONSUMER, event.eventId())) {
            return;
        }
        if (event instanceof PlanningChanged change) {
            List<LocalDate> days = capacities.replace(change);
            if (!days.isEmpty()) {
                listeners.publishEvent(new CapacityChanged(change.communeId(), change.placeId(), change.counterId(),
                        days, change.occurredAt()));
            }
        } else {
            rememberLabels(event);
        }
    }

    private void rememberLabels(PlanningEvent event) {
        if (event instanceof PlaceChanged place) {
            label(event, Dimension.PLACE, place.placeId(), place.name());
        } else if (event instanceof CounterChanged counter) {
            label(event, Dimension.COUNTER, counter.counterId(), counter.name());
        } else if (event instanceof AgentChanged agent) {
            label(event, Dimension.AGENT, agent.agentId(), agent.displayName());
        } else if (event instanceof ServiceChanged service) {
            label(event, Dimension.SERVICE, service.serviceId(), service.name());
        } else if (event instanceof AppointmentTypeChanged type) {
            label(event, Dimension.TYPE, type.appointmentTypeId(), type.label());
            type.options().forEach(option -> label(event, Dimension.OPTION, option.optionId(), option.label()));
        }
    }

    private void label(PlanningEvent event, Dimension dimension, String id, String label) {
        labels.offer(event.communeId(), dimension, id, label, DimensionLabels.FROM_PLANNING, event.occurredAt());
    }
}
