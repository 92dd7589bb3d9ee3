package fr.creneau.planning.closure.view;

import fr.creneau.planning.closure.domain.ClosureDeclared;
import fr.creneau.planning.closure.domain.ClosureLifted;
import fr.creneau.planning.view.PlanningViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("planning-views")
class ClosureProjection {

    private final PlanningViews views;

    ClosureProjection(PlanningViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ClosureDeclared event) {
        views.save(ClosureView.KIND, event.closureId(), event.communeId(), new ClosureView(event.closureId(),
                event.communeId(), event.scope(), event.targetId(), event.span(), event.label()));
    }

    @EventHandler
    void on(ClosureLifted event) {
        views.delete(ClosureView.KIND, event.closureId());
    }
}
