package fr.creneau.stats.appointment.view;

import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.EarlierSlotOffered;
import fr.creneau.platform.messaging.ProcessedEvents;
import fr.creneau.stats.appointment.domain.AppointmentChanged;
import fr.creneau.stats.appointment.domain.AppointmentFact;
import fr.creneau.stats.appointment.domain.AppointmentTransitions;
import fr.creneau.stats.appointment.domain.AppointmentsChanged;
import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.dimension.domain.LabelOffer;
import fr.creneau.stats.dimension.view.DimensionLabels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies booking events to their appointments' facts, once per event id, a batch in one transaction: the events
 * new to this consumer are recorded in one statement, the facts they touch read in one query and written once
 * each, the labels offered once per value, and their cells marked pending once.
 */
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
        onAll(List.of(event));
    }

    /** The events in their order; an event seen before, in this batch or an earlier one, changes nothing. */
    @Transactional
    public void onAll(List<BookingEvent> events) {
        List<BookingEvent> applicable = events.stream().filter(event -> !(event instanceof EarlierSlotOffered))
                .toList();
        Set<String> firstTimes = processedEvents.firstTimes(CONSUMER,
                applicable.stream().map(BookingEvent::eventId).distinct().toList());
        Map<String, AppointmentFact> current = new HashMap<>(facts.findAll(
                applicable.stream().map(BookingEvent::appointmentId).distinct().toList()));
        Map<String, AppointmentFact> changed = new LinkedHashMap<>();
        List<AppointmentChanged> changes = new ArrayList<>();
        List<LabelOffer> offers = new ArrayList<>();
        for (BookingEvent event : applicable) {
            if (!firstTimes.remove(event.eventId())) {
                continue;
            }
            AppointmentFact before = current.get(event.appointmentId());
            AppointmentFact after = AppointmentTransitions.apply(before, event);
            current.put(after.appointmentId(), after);
            changed.put(after.appointmentId(), after);
            changes.add(new AppointmentChanged(before, after, event.occurredAt()));
            offers.addAll(labelsOf(event));
        }
        facts.saveAll(changed.values());
        labels.offerAll(offers);
        if (!changes.isEmpty()) {
            listeners.publishEvent(new AppointmentsChanged(changes));
        }
    }

    private static List<LabelOffer> labelsOf(BookingEvent event) {
        Appointment appointment = event.appointment();
        String commune = event.communeId();
        return List.of(
                offer(commune, Dimension.PLACE, appointment.placeId(), appointment.placeName(), event),
                offer(commune, Dimension.COUNTER, appointment.counterId(), appointment.counterName(), event),
                offer(commune, Dimension.TYPE, appointment.appointmentTypeId(), appointment.appointmentTypeLabel(),
                        event),
                offer(commune, Dimension.OPTION, appointment.optionId(), appointment.optionLabel(), event));
    }

    private static LabelOffer offer(String commune, Dimension dimension, String id, String label, BookingEvent event) {
        return new LabelOffer(commune, dimension, id, label, DimensionLabels.FROM_BOOKING, event.occurredAt());
    }
}
