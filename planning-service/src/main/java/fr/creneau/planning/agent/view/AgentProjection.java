package fr.creneau.planning.agent.view;

import fr.creneau.planning.agent.domain.AgentAbsenceCancelled;
import fr.creneau.planning.agent.domain.AgentAbsenceDeclared;
import fr.creneau.planning.agent.domain.AgentAvailabilitySet;
import fr.creneau.planning.agent.domain.AgentAvailabilityWithdrawn;
import fr.creneau.planning.agent.domain.AgentCreated;
import fr.creneau.planning.agent.domain.AgentUpdated;
import fr.creneau.planning.view.PlanningViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.UnaryOperator;

@Component
@ProcessingGroup("planning-views")
class AgentProjection {

    private final PlanningViews views;

    AgentProjection(PlanningViews views) {
        this.views = views;
    }

    @EventHandler
    void on(AgentCreated event) {
        views.save(AgentView.KIND, event.agentId(), event.communeId(), new AgentView(event.agentId(), event.communeId(),
                event.details().displayName(), event.details().serviceIds(), event.details().counterIds(), List.of(),
                List.of()));
    }

    @EventHandler
    void on(AgentUpdated event) {
        change(event.agentId(), agent -> agent.with(event.details()));
    }

    @EventHandler
    void on(AgentAvailabilitySet event) {
        change(event.agentId(), agent -> agent.with(event.availability()));
    }

    @EventHandler
    void on(AgentAvailabilityWithdrawn event) {
        change(event.agentId(), agent -> agent.withoutAvailability(event.availabilityId()));
    }

    @EventHandler
    void on(AgentAbsenceDeclared event) {
        change(event.agentId(), agent -> agent.with(new AgentAbsence(event.absenceId(), event.absence(), event.reason())));
    }

    @EventHandler
    void on(AgentAbsenceCancelled event) {
        change(event.agentId(), agent -> agent.without(event.absenceId()));
    }

    private void change(String agentId, UnaryOperator<AgentView> change) {
        AgentView agent = views.find(AgentView.KIND, agentId, AgentView.class).orElseThrow();
        views.save(AgentView.KIND, agentId, agent.communeId(), change.apply(agent));
    }
}
