package fr.creneau.planning.place.view;

import fr.creneau.planning.place.domain.PlaceArchived;
import fr.creneau.planning.place.domain.PlaceCreated;
import fr.creneau.planning.place.domain.PlaceDetails;
import fr.creneau.planning.place.domain.PlaceUpdated;
import fr.creneau.planning.view.PlanningViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("planning-views")
class PlaceProjection {

    private final PlanningViews views;

    PlaceProjection(PlanningViews views) {
        this.views = views;
    }

    @EventHandler
    void on(PlaceCreated event) {
        save(event.placeId(), event.communeId(), event.details());
    }

    @EventHandler
    void on(PlaceUpdated event) {
        save(event.placeId(), event.communeId(), event.details());
    }

    @EventHandler
    void on(PlaceArchived event) {
        save(event.placeId(), event.communeId(), event.details(), false);
    }

    private void save(String placeId, String communeId, PlaceDetails details) {
        save(placeId, communeId, details, true);
    }

    private void save(String placeId, String communeId, PlaceDetails details, boolean active) {
        views.save(PlaceView.KIND, placeId, communeId, new PlaceView(placeId, communeId, details.name(),
                details.address(), details.latitude(), details.longitude(), details.visibleOnPortal(), active));
    }
}
