package fr.creneau.planning.service.view;

import fr.creneau.planning.service.domain.ServiceCreated;
import fr.creneau.planning.service.domain.ServiceRenamed;
import fr.creneau.planning.view.PlanningViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("planning-views")
class ServiceProjection {

    private final PlanningViews views;

    ServiceProjection(PlanningViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ServiceCreated event) {
        views.save(ServiceView.KIND, event.serviceId(), event.communeId(),
                new ServiceView(event.serviceId(), event.communeId(), event.name()));
    }

    @EventHandler
    void on(ServiceRenamed event) {
        views.save(ServiceView.KIND, event.serviceId(), event.communeId(),
                new ServiceView(event.serviceId(), event.communeId(), event.name()));
    }
}
