package fr.creneau.planning.shared.web;

import fr.creneau.planning.commune.view.CommuneView;
import fr.creneau.planning.view.PlanningViews;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Every id in a request is looked up inside the commune of the path: an id of another commune is answered exactly
 * like an unknown one, 404. Whether the agent belongs to the commune is checked before, by the platform's agent guard.
 */
@Component
public class CommuneScope {

    private final PlanningViews views;

    CommuneScope(PlanningViews views) {
        this.views = views;
    }

    public CommuneView commune(String communeId) {
        return views.find(CommuneView.KIND, communeId, CommuneView.class)
                .orElseThrow(() -> new NotFoundException("La commune « %s » n'existe pas.".formatted(communeId)));
    }

    public boolean exists(String communeId) {
        return views.find(CommuneView.KIND, communeId, CommuneView.class).isPresent();
    }

    /** The document of kind {@code kind} and id {@code id}, if it belongs to the commune; {@code what} names it in French. */
    public <T> T find(String communeId, String kind, String id, Class<T> type, String what) {
        commune(communeId);
        if (id == null || id.isBlank()) {
            throw new InvalidRequestException("%s : identifiant manquant.".formatted(what));
        }
        return views.findInCommune(kind, communeId, id, type)
                .orElseThrow(() -> new NotFoundException("%s « %s » introuvable dans la commune « %s ».".formatted(
                        what, id, communeId)));
    }
}
