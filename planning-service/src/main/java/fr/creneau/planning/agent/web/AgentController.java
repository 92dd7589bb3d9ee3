package fr.creneau.planning.agent.web;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.planning.agent.command.CreateAgent;
import fr.creneau.planning.agent.command.UpdateAgent;
import fr.creneau.planning.agent.domain.AgentDetails;
import fr.creneau.planning.agent.view.AgentView;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.service.view.ServiceView;
import fr.creneau.planning.shared.scope.ManagedServices;
import fr.creneau.planning.shared.web.CommuneEntities;
import fr.creneau.planning.shared.web.CommuneScope;
import fr.creneau.planning.view.PlanningViews;
import fr.creneau.platform.identity.AgentRoles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/planning/communes/{communeId}/agents")
class AgentController {

    private final CommuneScope scope;
    private final CommuneEntities<AgentView> agents;

    AgentController(CommandGateway commands, CommuneScope scope, PlanningViews views) {
        this.scope = scope;
        this.agents = new CommuneEntities<>(commands, scope, views, AgentView.KIND, AgentView.class, "L'agent");
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AgentView create(@PathVariable String communeId, @RequestBody AgentRequest request, AgentIdentity caller) {
        AgentDetails details = checked(communeId, request);
        ManagedServices.assertMayAttach(caller, List.of(), details.serviceIds(), "L'agent");
        assertMayPlace(caller, communeId, List.of(), details.counterIds());
        return agents.create(communeId, agentId -> new CreateAgent(agentId, communeId, details));
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @PutMapping("/{agentId}")
    AgentView update(@PathVariable String communeId, @PathVariable String agentId, @RequestBody AgentRequest request,
            AgentIdentity caller) {
        AgentView current = agents.describe(communeId, agentId);
        ManagedServices.assertManages(caller, current.serviceIds(), "L'agent « %s »".formatted(current.displayName()));
        AgentDetails details = checked(communeId, request);
        ManagedServices.assertMayAttach(caller, current.serviceIds(), details.serviceIds(), "L'agent");
        assertMayPlace(caller, communeId, current.counterIds(), details.counterIds());
        return agents.change(communeId, agentId, () -> new UpdateAgent(agentId, communeId, details));
    }

    @GetMapping("/{agentId}")
    AgentView describe(@PathVariable String communeId, @PathVariable String agentId) {
        return agents.describe(communeId, agentId);
    }

    @GetMapping
    List<AgentView> list(@PathVariable String communeId) {
        return agents.list(communeId);
    }

    /** Counters the agent already had stay, whoever set them; a new one must be of the caller's services. */
    private void assertMayPlace(AgentIdentity caller, String communeId, List<String> before, List<String> after) {
        after.stream().filter(counterId -> !before.contains(counterId))
                .map(counterId -> scope.find(communeId, CounterView.KIND, counterId, CounterView.class, "Le guichet"))
                .forEach(counter -> ManagedServices.assertMayPlaceAnAgentAt(caller, counter.serviceIds(),
                        "le guichet « %s »".formatted(counter.name())));
    }

    private AgentDetails checked(String communeId, AgentRequest request) {
        scope.commune(communeId);
        AgentDetails details = request.details();
        details.serviceIds().forEach(id -> scope.find(communeId, ServiceView.KIND, id, ServiceView.class, "Le service"));
        details.counterIds().forEach(id -> scope.find(communeId, CounterView.KIND, id, CounterView.class, "Le guichet"));
        return details;
    }
}
