package fr.creneau.planning.service.web;

import fr.creneau.identity.Role;
import fr.creneau.planning.service.command.CreateService;
import fr.creneau.planning.service.command.RenameService;
import fr.creneau.planning.service.view.ServiceView;
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
import java.util.UUID;

@RestController
@RequestMapping("/api/planning/communes/{communeId}/services")
class ServiceController {

    private final CommandGateway commands;
    private final CommuneScope scope;
    private final PlanningViews views;

    ServiceController(CommandGateway commands, CommuneScope scope, PlanningViews views) {
        this.commands = commands;
        this.scope = scope;
        this.views = views;
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServiceView create(@PathVariable String communeId, @RequestBody ServiceRequest request) {
        scope.commune(communeId);
        String serviceId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateService(serviceId, communeId, request.name()));
        return describe(communeId, serviceId);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/{serviceId}")
    ServiceView rename(@PathVariable String communeId, @PathVariable String serviceId,
            @RequestBody ServiceRequest request) {
        describe(communeId, serviceId);
        commands.sendAndWait(new RenameService(serviceId, communeId, request.name()));
        return describe(communeId, serviceId);
    }

    @GetMapping("/{serviceId}")
    ServiceView describe(@PathVariable String communeId, @PathVariable String serviceId) {
        return scope.find(communeId, ServiceView.KIND, serviceId, ServiceView.class, "Le service");
    }

    @GetMapping
    List<ServiceView> list(@PathVariable String communeId) {
        scope.commune(communeId);
        return views.listInCommune(ServiceView.KIND, communeId, ServiceView.class);
    }
}
