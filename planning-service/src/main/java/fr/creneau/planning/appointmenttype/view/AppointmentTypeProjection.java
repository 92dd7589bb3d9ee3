package fr.creneau.planning.appointmenttype.view;

import fr.creneau.planning.appointmenttype.domain.AppointmentTypeArchived;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeCreated;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeUpdated;
import fr.creneau.planning.view.PlanningViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("planning-views")
class AppointmentTypeProjection {

    private final PlanningViews views;

    AppointmentTypeProjection(PlanningViews views) {
        this.views = views;
    }

    @EventHandler
    void on(AppointmentTypeCreated event) {
        views.save(AppointmentTypeView.KIND, event.appointmentTypeId(), event.communeId(),
                new AppointmentTypeView(event.appointmentTypeId(), event.communeId(), event.settings(), true));
    }

    @EventHandler
    void on(AppointmentTypeUpdated event) {
        views.save(AppointmentTypeView.KIND, event.appointmentTypeId(), event.communeId(),
                new AppointmentTypeView(event.appointmentTypeId(), event.communeId(), event.settings(), true));
    }

    @EventHandler
    void on(AppointmentTypeArchived event) {
        views.save(AppointmentTypeView.KIND, event.appointmentTypeId(), event.communeId(),
                new AppointmentTypeView(event.appointmentTypeId(), event.communeId(), event.settings(), false));
    }
}
