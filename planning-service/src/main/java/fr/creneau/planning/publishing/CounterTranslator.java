package fr.creneau.planning.publishing;

import fr.creneau.planning.agent.view.AgentView;
import fr.creneau.planning.api.CounterChanged;
import fr.creneau.planning.capacity.domain.ScheduleApplication;
import fr.creneau.planning.capacity.plan.CommunePlanning;
import fr.creneau.planning.capacity.plan.CommunePlannings;
import fr.creneau.planning.counter.domain.CounterArchived;
import fr.creneau.planning.counter.domain.CounterCreated;
import fr.creneau.planning.counter.domain.CounterExceptionAdded;
import fr.creneau.planning.counter.domain.CounterExceptionRemoved;
import fr.creneau.planning.counter.domain.CounterUpdated;
import fr.creneau.planning.counter.domain.ReferenceWeekApplied;
import fr.creneau.planning.counter.domain.ScheduleWithdrawn;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.referenceweek.domain.ReferenceWeekChanged;
import fr.creneau.planning.shared.domain.DateSpan;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A counter's description, and its capacity whenever its reference weeks or exceptions change. */
@Component
@ProcessingGroup(PublishingProcessor.NAME)
class CounterTranslator {

    private final PlanningEventSender sender;
    private final CommunePlannings plannings;
    private final CapacityPublication capacity;

    CounterTranslator(PlanningEventSender sender, CommunePlannings plannings, CapacityPublication capacity) {
        this.sender = sender;
        this.plannings = plannings;
        this.capacity = capacity;
    }

    @EventHandler
    void on(CounterCreated event, @MessageIdentifier String id, @Timestamp Instant at) {
        describe(id, at, plannings.of(event.communeId()), event.counterId());
    }

    @EventHandler
    void on(CounterUpdated event, @MessageIdentifier String id, @Timestamp Instant at) {
        CommunePlanning planning = plannings.of(event.communeId());
        describe(id, at, planning, event.counterId());
        CounterView counter = planning.counter(event.counterId()).orElseThrow();
        counter.scheduledSpans().forEach(span -> capacity.publish(
                cause(id, at, Reasons.REFERENCE_WEEK), planning, counter, span));
    }

    @EventHandler
    void on(CounterArchived event, @MessageIdentifier String id, @Timestamp Instant at) {
        CommunePlanning planning = plannings.of(event.communeId());
        describe(id, at, planning, event.counterId());
        CounterView counter = planning.counter(event.counterId()).orElseThrow();
        counter.scheduledSpans().forEach(span -> capacity.publish(
                cause(id, at, Reasons.CLOSURE), planning, counter, span));
    }

    @EventHandler
    void on(ReferenceWeekApplied event, @MessageIdentifier String id, @Timestamp Instant at) {
        recompute(event.communeId(), event.counterId(), event.schedule().span(), cause(id, at, Reasons.REFERENCE_WEEK));
    }

    @EventHandler
    void on(ScheduleWithdrawn event, @MessageIdentifier String id, @Timestamp Instant at) {
        recompute(event.communeId(), event.counterId(), event.span(), cause(id, at, Reasons.REFERENCE_WEEK));
    }

    @EventHandler
    void on(ReferenceWeekChanged event, @MessageIdentifier String id, @Timestamp Instant at) {
        CommunePlanning planning = plannings.of(event.communeId());
        for (CounterView counter : planning.countersWhere(counter -> counter.active()
                && counter.follows(event.referenceWeekId()))) {
            counter.schedules().stream().filter(schedule -> schedule.follows(event.referenceWeekId()))
                    .map(ScheduleApplication::span).distinct()
                    .forEach(span -> capacity.publish(cause(id, at, Reasons.REFERENCE_WEEK), planning, counter, span));
        }
    }

    @EventHandler
    void on(CounterExceptionAdded event, @MessageIdentifier String id, @Timestamp Instant at) {
        LocalDay day = new LocalDay(event.override().date());
        recompute(event.communeId(), event.counterId(), day.span(), cause(id, at, Reasons.EXCEPTION));
    }

    @EventHandler
    void on(CounterExceptionRemoved event, @MessageIdentifier String id, @Timestamp Instant at) {
        recompute(event.communeId(), event.counterId(), new LocalDay(event.date()).span(),
                cause(id, at, Reasons.EXCEPTION));
    }

    private void recompute(String communeId, String counterId, DateSpan dates, CapacityPublication.Cause cause) {
        CommunePlanning planning = plannings.of(communeId);
        capacity.publish(cause, planning, planning.counter(counterId).orElseThrow(), dates);
    }

    static void describe(PlanningEventSender sender, String id, Instant at, CommunePlanning planning,
            CounterView counter) {
        List<String> agentIds = planning.agentsOf(counter.counterId()).stream().map(AgentView::agentId).toList();
        sender.send(new CounterChanged(EventIds.derived(id, "counter", counter.counterId()), at,
                counter.communeId(), counter.counterId(), counter.placeId(), counter.name(),
                counter.appointmentTypeIds(), agentIds, counter.active(), counter.serviceIds()));
    }

    private void describe(String id, Instant at, CommunePlanning planning, String counterId) {
        describe(sender, id, at, planning, planning.counter(counterId).orElseThrow());
    }

    private static CapacityPublication.Cause cause(String id, Instant at, String reason) {
        return new CapacityPublication.Cause(id, at, reason, List.of());
    }

    private record LocalDay(LocalDate date) {
        DateSpan span() {
            return new DateSpan(date, date);
        }
    }
}
