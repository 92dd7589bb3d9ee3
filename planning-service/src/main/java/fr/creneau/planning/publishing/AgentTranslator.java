package fr.creneau.planning.publishing;

import fr.creneau.planning.agent.domain.AgentAbsenceCancelled;
import fr.creneau.planning.agent.domain.AgentAbsenceDeclared;
import fr.creneau.planning.agent.domain.AgentAvailabilitySet;
import fr.creneau.planning.agent.domain.AgentAvailabilityWithdrawn;
import fr.creneau.planning.agent.domain.AgentCreated;
import fr.creneau.planning.agent.domain.AgentUpdated;
import fr.creneau.planning.agent.view.AgentView;
import fr.creneau.planning.api.AgentChanged;
import fr.creneau.planning.capacity.domain.Absence;
import fr.creneau.planning.capacity.plan.CommunePlanning;
import fr.creneau.planning.capacity.plan.CommunePlannings;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.shared.domain.DateSpan;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An agent's description, and the capacity of the counters the agent works at when availability or absences change. */
@Component
@ProcessingGroup(PublishingProcessor.NAME)
class AgentTranslator {

    private final PlanningEventSender sender;
    private final CommunePlannings plannings;
    private final CapacityPublication capacity;

    AgentTranslator(PlanningEventSender sender, CommunePlannings plannings, CapacityPublication capacity) {
        this.sender = sender;
        this.plannings = plannings;
        this.capacity = capacity;
    }

    @EventHandler
    void on(AgentCreated event, @MessageIdentifier String id, @Timestamp Instant at) {
        staffChanged(event.communeId(), event.agentId(), event.details().counterIds(), id, at);
    }

    @EventHandler
    void on(AgentUpdated event, @MessageIdentifier String id, @Timestamp Instant at) {
        Set<String> counters = new LinkedHashSet<>(event.previousCounterIds());
        counters.addAll(event.details().counterIds());
        staffChanged(event.communeId(), event.agentId(), counters, id, at);
    }

    /** An agent's first period of availability ends "present at every opening hour": every date may change. */
    @EventHandler
    void on(AgentAvailabilitySet event, @MessageIdentifier String id, @Timestamp Instant at) {
        CommunePlanning planning = plannings.of(event.communeId());
        var cause = new CapacityPublication.Cause(id, at, Reasons.REFERENCE_WEEK, List.of());
        boolean first = planning.agents().stream().filter(agent -> agent.agentId().equals(event.agentId()))
                .allMatch(agent -> agent.availabilities().isEmpty()
                        || agent.availabilities().get(0).equals(event.availability()));
        countersOf(planning, event.agentId()).forEach(counterId -> {
            CounterView counter = planning.counter(counterId).orElseThrow();
            List<DateSpan> dates = first && !counter.scheduledSpans().isEmpty()
                    ? counter.scheduledSpans() : List.of(event.availability().span());
            dates.forEach(span -> capacity.publish(cause, planning, counter, span));
        });
    }

    /** An agent left without any period of availability counts at every opening hour again: all dates change. */
    @EventHandler
    void on(AgentAvailabilityWithdrawn event, @MessageIdentifier String id, @Timestamp Instant at) {
        CommunePlanning planning = plannings.of(event.communeId());
        var cause = new CapacityPublication.Cause(id, at, Reasons.REFERENCE_WEEK, List.of());
        boolean noneLeft = planning.agents().stream().filter(agent -> agent.agentId().equals(event.agentId()))
                .allMatch(agent -> agent.availabilities().isEmpty());
        countersOf(planning, event.agentId()).forEach(counterId -> {
            CounterView counter = planning.counter(counterId).orElseThrow();
            List<DateSpan> dates = noneLeft && !counter.scheduledSpans().isEmpty()
                    ? counter.scheduledSpans() : List.of(event.span());
            dates.forEach(span -> capacity.publish(cause, planning, counter, span));
        });
    }

    @EventHandler
    void on(AgentAbsenceDeclared event, @MessageIdentifier String id, @Timestamp Instant at) {
        absenceChanged(event.communeId(), event.agentId(), event.absence(),
                new CapacityPublication.Cause(id, at, Reasons.ABSENCE, List.of(event.agentId())));
    }

    @EventHandler
    void on(AgentAbsenceCancelled event, @MessageIdentifier String id, @Timestamp Instant at) {
        absenceChanged(event.communeId(), event.agentId(), event.absence(),
                new CapacityPublication.Cause(id, at, Reasons.ABSENCE, List.of()));
    }

    private void staffChanged(String communeId, String agentId, Collection<String> counterIds, String id, Instant at) {
        CommunePlanning planning = plannings.of(communeId);
        AgentView agent = planning.agents().stream().filter(a -> a.agentId().equals(agentId)).findFirst().orElseThrow();
        sender.send(new AgentChanged(id, at, communeId, agentId, agent.displayName(), agent.serviceIds(),
                agent.counterIds(), true));
        var cause = new CapacityPublication.Cause(id, at, Reasons.REFERENCE_WEEK, List.of());
        counterIds.forEach(counterId -> planning.counter(counterId).ifPresent(counter -> {
            CounterTranslator.describe(sender, id, at, planning, counter);
            counter.scheduledSpans().forEach(span -> capacity.publish(cause, planning, counter, span));
        }));
    }

    private void absenceChanged(String communeId, String agentId, Absence absence, CapacityPublication.Cause cause) {
        CommunePlanning planning = plannings.of(communeId);
        DateSpan dates = datesOf(absence);
        countersOf(planning, agentId).forEach(counterId ->
                capacity.publish(cause, planning, planning.counter(counterId).orElseThrow(), dates));
    }

    private static List<String> countersOf(CommunePlanning planning, String agentId) {
        return planning.agents().stream().filter(agent -> agent.agentId().equals(agentId))
                .flatMap(agent -> agent.counterIds().stream())
                .filter(counterId -> planning.counter(counterId).isPresent())
                .toList();
    }

    static DateSpan datesOf(Absence absence) {
        LocalDate last = absence.end().toLocalTime().equals(LocalTime.MIDNIGHT)
                ? absence.end().toLocalDate().minusDays(1) : absence.end().toLocalDate();
        LocalDate first = absence.start().toLocalDate();
        return new DateSpan(first, last.isBefore(first) ? first : last);
    }
}
