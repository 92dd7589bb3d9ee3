package fr.creneau.planning.service.web;

import fr.creneau.identity.Role;
import fr.creneau.planning.service.command.CreateService;
import fr.creneau.planning.service.command.RenameService;
import fr.creneau.planning.service.view.ServiceView;
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
@RequestMapping("/api/planning/communes/{communeId}/services")
class ServiceController {

    private final CommuneScope scope;
    private final CommuneEntities<ServiceView> services;

    ServiceController(CommandGateway commands, CommuneScope scope, PlanningViews views) {
        this.scope = scope;
        this.services = new CommuneEntities<>(commands, scope, views,
                ServiceView.KIND, ServiceView.class, "Le service");
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServiceView create(@PathVariable String communeId, @RequestBody ServiceRequest request) {
        scope.commune(communeId);
        return services.create(communeId, serviceId -> new CreateService(serviceId, communeId, request.name()));
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/{serviceId}")
    ServiceView rename(@PathVariable String communeId, @PathVariable String serviceId,
            @RequestBody ServiceRequest request) {
        return services.change(communeId, serviceId, () -> new RenameService(serviceId, communeId, request.name()));
    }

    @GetMapping("/{serviceId}")
    ServiceView describe(@PathVariable String communeId, @PathVariable String serviceId) {
        return services.describe(communeId, serviceId);
    }

    @GetMapping
    List<ServiceView> list(@PathVariable String communeId) {
        return services.list(communeId);
    }
}
