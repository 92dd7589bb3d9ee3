package fr.creneau.planning.publishing;

import fr.creneau.planning.api.CapacityRange;
import fr.creneau.planning.api.PlanningChanged;
import fr.creneau.planning.capacity.domain.CapacityCalculator;
import fr.creneau.planning.capacity.plan.CommunePlanning;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.shared.domain.DateSpan;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes a counter's capacity over some dates and publishes it as {@code PlanningChanged}, one record per
 * calendar month so that a long period never makes an oversized record.
 */
@Component
class CapacityPublication {

    private final PlanningEventSender sender;

    CapacityPublication(PlanningEventSender sender) {
        this.sender = sender;
    }

    void publish(Cause cause, CommunePlanning planning, CounterView counter, DateSpan dates) {
        for (DateSpan month : months(dates)) {
            List<CapacityRange> ranges = CapacityCalculator.compute(planning.planOf(counter), month).stream()
                    .map(window -> new CapacityRange(window.start(), window.end(), window.capacity(), window.agentIds()))
                    .toList();
            sender.send(new PlanningChanged(
                    EventIds.derived(cause.storedEventId(), counter.counterId(), month.from().toString()),
                    cause.occurredAt(), planning.commune().communeId(), counter.placeId(), counter.counterId(),
                    planning.commune().timeZone(), month.from(), month.to(), ranges, cause.reason(),
                    cause.absentAgentIds()));
        }
    }

    static List<DateSpan> months(DateSpan dates) {
        List<DateSpan> months = new ArrayList<>();
        LocalDate from = dates.from();
        while (!from.isAfter(dates.to())) {
            LocalDate endOfMonth = from.with(TemporalAdjusters.lastDayOfMonth());
            LocalDate to = endOfMonth.isBefore(dates.to()) ? endOfMonth : dates.to();
            months.add(new DateSpan(from, to));
            from = to.plusDays(1);
        }
        return months;
    }

    /** Why the capacity is recomputed: the stored event, when it happened, the reason published. */
    record Cause(String storedEventId, Instant occurredAt, String reason, List<String> absentAgentIds) {

        Cause {
            absentAgentIds = List.copyOf(absentAgentIds);
        }
    }
}
