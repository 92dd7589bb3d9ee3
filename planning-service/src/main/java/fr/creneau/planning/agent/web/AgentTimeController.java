package fr.creneau.planning.agent.web;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.planning.agent.command.CancelAbsence;
import fr.creneau.planning.agent.command.DeclareAbsence;
import fr.creneau.planning.agent.command.SetAgentAvailability;
import fr.creneau.planning.agent.command.WithdrawAvailability;
import fr.creneau.planning.agent.view.AgentAbsence;
import fr.creneau.planning.agent.view.AgentView;
import fr.creneau.planning.capacity.domain.Absence;
import fr.creneau.planning.capacity.domain.Availability;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHoursNotation;
import fr.creneau.planning.shared.scope.ManagedServices;
import fr.creneau.planning.shared.web.CommuneScope;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.platform.problem.ForbiddenException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** When an agent works (a week repeated over a period) and when the agent is away. */
@RestController
@RequestMapping("/api/planning/communes/{communeId}/agents/{agentId}")
class AgentTimeController {

    private final CommandGateway commands;
    private final CommuneScope scope;

    AgentTimeController(CommandGateway commands, CommuneScope scope) {
        this.commands = commands;
        this.scope = scope;
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @PostMapping("/availabilities")
    @ResponseStatus(HttpStatus.CREATED)
    AgentView setAvailability(@PathVariable String communeId, @PathVariable String agentId,
            @RequestBody AvailabilityRequest request, AgentIdentity caller) {
        managed(communeId, agentId, caller);
        Availability availability = new Availability(WeeklyHoursNotation.parse(request.days()),
                new DateSpan(request.from(), request.to()), UUID.randomUUID().toString());
        commands.sendAndWait(new SetAgentAvailability(agentId, communeId, availability));
        return agent(communeId, agentId);
    }

    /** The dates it covered go back to the earlier periods of availability, or to the counters' hours. */
    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @DeleteMapping("/availabilities/{availabilityId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdrawAvailability(@PathVariable String communeId, @PathVariable String agentId,
            @PathVariable String availabilityId, AgentIdentity caller) {
        managed(communeId, agentId, caller);
        commands.sendAndWait(new WithdrawAvailability(agentId, communeId, availabilityId));
    }

    /** A manager declares anyone's absence; a plain agent only their own, with the same effects. */
    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER, Role.AGENT})
    @PostMapping("/absences")
    @ResponseStatus(HttpStatus.CREATED)
    AgentAbsence declareAbsence(@PathVariable String communeId, @PathVariable String agentId,
            @RequestBody AbsenceRequest request, AgentIdentity caller) {
        managerOrSelf(communeId, agentId, caller);
        Absence absence = new Absence(request.start(), request.end());
        String absenceId = UUID.randomUUID().toString();
        commands.sendAndWait(new DeclareAbsence(agentId, communeId, absenceId, absence, request.reason()));
        return new AgentAbsence(absenceId, absence, request.reason());
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER, Role.AGENT})
    @DeleteMapping("/absences/{absenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancelAbsence(@PathVariable String communeId, @PathVariable String agentId, @PathVariable String absenceId,
            AgentIdentity caller) {
        managerOrSelf(communeId, agentId, caller);
        commands.sendAndWait(new CancelAbsence(agentId, communeId, absenceId));
    }

    private void managerOrSelf(String communeId, String agentId, AgentIdentity caller) {
        if (agentId.equals(caller.agentId())) {
            agent(communeId, agentId);
        } else if (caller.has(Role.COMMUNE_ADMIN) || caller.has(Role.SERVICE_MANAGER)) {
            managed(communeId, agentId, caller);
        } else {
            throw new ForbiddenException("Un agent ne peut déclarer ou retirer que sa propre indisponibilité.");
        }
    }

    /** A service manager sets the time of their services' agents only. */
    private AgentView managed(String communeId, String agentId, AgentIdentity caller) {
        AgentView agent = agent(communeId, agentId);
        ManagedServices.assertManages(caller, agent.serviceIds(), "L'agent « %s »".formatted(agent.displayName()));
        return agent;
    }

    private AgentView agent(String communeId, String agentId) {
        return scope.find(communeId, AgentView.KIND, agentId, AgentView.class, "L'agent");
    }
}
