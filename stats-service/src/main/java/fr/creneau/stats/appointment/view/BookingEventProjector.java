package fr.creneau.stats.appointment.view;

import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.EarlierSlotOffered;
import fr.creneau.platform.messaging.ProcessedEvents;
import fr.creneau.stats.appointment.domain.AppointmentChanged;
import fr.creneau.stats.appointment.domain.AppointmentFact;
import fr.creneau.stats.appointment.domain.AppointmentTransitions;
import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.dimension.view.DimensionLabels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies one booking event to its appointment's fact, once per event id, in one transaction. */
@Service
public class BookingEventProjector {

    static final String CONSUMER = "stats-booking-events";

    private final ProcessedEvents processedEvents;
    private final AppointmentFacts facts;
    private final DimensionLabels labels;
    private final ApplicationEventPublisher listeners;

    BookingEventProjector(ProcessedEvents processedEvents, AppointmentFacts facts, DimensionLabels labels,
            ApplicationEventPublisher listeners) {
        this.processedEvents = processedEvents;
        this.facts = facts;
        this.labels = labels;
        this.listeners = listeners;
    }

    @Transactional
    public void on(BookingEvent event) {
        if (event instanceof EarlierSlotOffered || !processedEvents.firstTime(CONSUMER, event.eventId())) {
            return;
        }
        AppointmentFact before = facts.find(event.appointmentId()).orElse(null);
        AppointmentFact after = AppointmentTransitions.apply(before, event);
        facts.save(after);
        rememberLabels(event);
        listeners.publishEvent(new AppointmentChanged(before, after, event.occurredAt()));
    }

    private void rememberLabels(BookingEvent event) {
        Appointment appointment = event.appointment();
        String commune = event.communeId();
        labels.offer(commune, Dimension.PLACE, appointment.placeId(), appointment.placeName(),
                DimensionLabels.FROM_BOOKING, event.occurredAt());
        labels.offer(commune, Dimension.COUNTER, appointment.counterId(), appointment.counterName(),
                DimensionLabels.FROM_BOOKING, event.occurredAt());
        labels.offer(commune, Dimension.TYPE, appointment.appointmentTypeId(), appointment.appointmentTypeLabel(),
                DimensionLabels.FROM_BOOKING, event.occurredAt());
        labels.offer(commune, Dimension.OPTION, appointment.optionId(), appointment.optionLabel(),
                DimensionLabels.FROM_BOOKING, event.occurredAt());
    }
}
