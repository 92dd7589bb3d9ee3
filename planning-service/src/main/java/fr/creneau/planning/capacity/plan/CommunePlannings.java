package fr.creneau.planning.capacity.plan;

import fr.creneau.planning.agent.view.AgentView;
import fr.creneau.planning.closure.view.ClosureView;
import fr.creneau.planning.commune.view.CommuneView;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.view.PlanningViews;
import org.springframework.stereotype.Component;

@Component
public class CommunePlannings {

    private final PlanningViews views;

    CommunePlannings(PlanningViews views) {
        this.views = views;
    }

    public CommunePlanning of(String communeId) {
        CommuneView commune = views.find(CommuneView.KIND, communeId, CommuneView.class)
                .orElseThrow(() -> new IllegalStateException("no view of commune " + communeId));
        return new CommunePlanning(commune,
                views.listInCommune(CounterView.KIND, communeId, CounterView.class),
                views.listInCommune(ClosureView.KIND, communeId, ClosureView.class),
                views.listInCommune(AgentView.KIND, communeId, AgentView.class));
    }
}
