package fr.creneau.planning.referenceweek.view;

import fr.creneau.planning.referenceweek.domain.ReferenceWeekChanged;
import fr.creneau.planning.referenceweek.domain.ReferenceWeekCreated;
import fr.creneau.planning.referenceweek.domain.ReferenceWeekDeleted;
import fr.creneau.planning.view.PlanningViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("planning-views")
class ReferenceWeekProjection {

    private final PlanningViews views;

    ReferenceWeekProjection(PlanningViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ReferenceWeekCreated event) {
        views.save(ReferenceWeekView.KIND, event.referenceWeekId(), event.communeId(), new ReferenceWeekView(
                event.referenceWeekId(), event.communeId(), event.name(), event.hours()));
    }

    @EventHandler
    void on(ReferenceWeekChanged event) {
        views.save(ReferenceWeekView.KIND, event.referenceWeekId(), event.communeId(), new ReferenceWeekView(
                event.referenceWeekId(), event.communeId(), event.name(), event.hours()));
    }

    @EventHandler
    void on(ReferenceWeekDeleted event) {
        views.delete(ReferenceWeekView.KIND, event.referenceWeekId());
    }
}
