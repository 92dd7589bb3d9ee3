package fr.creneau.planning.publishing;

import fr.creneau.planning.capacity.domain.PublicHoliday;
import fr.creneau.planning.capacity.plan.CommunePlanning;
import fr.creneau.planning.capacity.plan.CommunePlannings;
import fr.creneau.planning.closure.domain.ClosureDeclared;
import fr.creneau.planning.closure.domain.ClosureLifted;
import fr.creneau.planning.closure.domain.ClosureScope;
import fr.creneau.planning.closure.view.ClosureView;
import fr.creneau.planning.commune.domain.HolidayPolicyChanged;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.shared.domain.DateSpan;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** Holidays switched on or off and exceptional closures: the capacity of every counter they touch. */
@Component
@ProcessingGroup(PublishingProcessor.NAME)
class CalendarTranslator {

    private final CommunePlannings plannings;
    private final CapacityPublication capacity;

    CalendarTranslator(CommunePlannings plannings, CapacityPublication capacity) {
        this.plannings = plannings;
        this.capacity = capacity;
    }

    @EventHandler
    void on(HolidayPolicyChanged event, @MessageIdentifier String id, @Timestamp Instant at) {
        CommunePlanning planning = plannings.of(event.communeId());
        var cause = new CapacityPublication.Cause(id, at, Reasons.HOLIDAY, List.of());
        for (CounterView counter : planning.counters()) {
            counter.scheduledSpans().forEach(span -> holidayDates(event.changed(), span)
                    .forEach(date -> capacity.publish(cause, planning, counter, new DateSpan(date, date))));
        }
    }

    @EventHandler
    void on(ClosureDeclared event, @MessageIdentifier String id, @Timestamp Instant at) {
        closure(event.communeId(), event.scope(), event.targetId(), event.span(), id, at);
    }

    @EventHandler
    void on(ClosureLifted event, @MessageIdentifier String id, @Timestamp Instant at) {
        closure(event.communeId(), event.scope(), event.targetId(), event.span(), id, at);
    }

    private void closure(String communeId, ClosureScope scope, String targetId, DateSpan span, String id, Instant at) {
        CommunePlanning planning = plannings.of(communeId);
        ClosureView closure = new ClosureView(id, communeId, scope, targetId, span, null);
        var cause = new CapacityPublication.Cause(id, at, Reasons.CLOSURE, List.of());
        planning.countersWhere(counter -> closure.closes(counter.counterId(), counter.placeId()))
                .forEach(counter -> capacity.publish(cause, planning, counter, span));
    }

    private static List<LocalDate> holidayDates(Set<PublicHoliday> holidays, DateSpan span) {
        return IntStream.rangeClosed(span.from().getYear(), span.to().getYear()).boxed()
                .flatMap(year -> holidays.stream().map(holiday -> holiday.in(year)))
                .filter(span::contains)
                .sorted()
                .toList();
    }
}
