package fr.creneau.planning.counter.view;

import fr.creneau.planning.counter.domain.CounterArchived;
import fr.creneau.planning.counter.domain.CounterCreated;
import fr.creneau.planning.counter.domain.CounterExceptionAdded;
import fr.creneau.planning.counter.domain.CounterExceptionRemoved;
import fr.creneau.planning.counter.domain.CounterUpdated;
import fr.creneau.planning.counter.domain.ReferenceWeekApplied;
import fr.creneau.planning.counter.domain.ScheduleWithdrawn;
import fr.creneau.planning.referenceweek.domain.ReferenceWeekChanged;
import fr.creneau.planning.view.PlanningViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.UnaryOperator;

@Component
@ProcessingGroup("planning-views")
class CounterProjection {

    private final PlanningViews views;

    CounterProjection(PlanningViews views) {
        this.views = views;
    }

    @EventHandler
    void on(CounterCreated event) {
        views.save(CounterView.KIND, event.counterId(), event.communeId(), new CounterView(event.counterId(),
                event.communeId(), event.details().placeId(), event.details().name(),
                event.details().appointmentTypeIds(), List.of(), List.of(), true, event.details().serviceIds()));
    }

    @EventHandler
    void on(CounterUpdated event) {
        change(event.counterId(), counter -> counter.with(event.details()));
    }

    @EventHandler
    void on(ReferenceWeekApplied event) {
        change(event.counterId(), counter -> counter.with(event.schedule()));
    }

    /** The counters a reference week was applied to follow it: same periods and agents, the week's new hours. */
    @EventHandler
    void on(ReferenceWeekChanged event) {
        views.listInCommune(CounterView.KIND, event.communeId(), CounterView.class).stream()
                .filter(counter -> counter.follows(event.referenceWeekId()))
                .forEach(counter -> views.save(CounterView.KIND, counter.counterId(), counter.communeId(),
                        counter.withWeekHours(event.referenceWeekId(), event.hours())));
    }

    @EventHandler
    void on(ScheduleWithdrawn event) {
        change(event.counterId(), counter -> counter.withoutSchedule(event.applicationId()));
    }

    @EventHandler
    void on(CounterExceptionAdded event) {
        change(event.counterId(), counter -> counter.with(
                new CounterException(event.exceptionId(), event.override(), event.label())));
    }

    @EventHandler
    void on(CounterArchived event) {
        change(event.counterId(), CounterView::archived);
    }

    @EventHandler
    void on(CounterExceptionRemoved event) {
        change(event.counterId(), counter -> counter.without(event.exceptionId()));
    }

    private void change(String counterId, UnaryOperator<CounterView> change) {
        CounterView counter = views.find(CounterView.KIND, counterId, CounterView.class).orElseThrow();
        views.save(CounterView.KIND, counterId, counter.communeId(), change.apply(counter));
    }
}
