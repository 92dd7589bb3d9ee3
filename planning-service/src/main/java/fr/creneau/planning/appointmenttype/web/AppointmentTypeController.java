package fr.creneau.planning.appointmenttype.web;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.planning.appointmenttype.command.ArchiveAppointmentType;
import fr.creneau.planning.appointmenttype.command.CreateAppointmentType;
import fr.creneau.planning.appointmenttype.command.UpdateAppointmentType;
import fr.creneau.planning.appointmenttype.domain.AppointmentTypeSettings;
import fr.creneau.planning.appointmenttype.view.AppointmentTypeView;
import fr.creneau.planning.service.view.ServiceView;
import fr.creneau.planning.shared.scope.ManagedServices;
import fr.creneau.planning.shared.web.CommuneEntities;
import fr.creneau.planning.shared.web.CommuneScope;
import fr.creneau.planning.view.PlanningViews;
import fr.creneau.platform.identity.AgentRoles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/planning/communes/{communeId}/appointment-types")
class AppointmentTypeController {

    private final CommuneScope scope;
    private final CommuneEntities<AppointmentTypeView> types;

    AppointmentTypeController(CommandGateway commands, CommuneScope scope, PlanningViews views) {
        this.scope = scope;
        this.types = new CommuneEntities<>(commands, scope, views,
                AppointmentTypeView.KIND, AppointmentTypeView.class, "Le type de rendez-vous");
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AppointmentTypeView create(@PathVariable String communeId, @RequestBody AppointmentTypeRequest request,
            AgentIdentity caller) {
        AppointmentTypeSettings settings = checked(communeId, request);
        ManagedServices.assertMayAttach(caller, List.of(), settings.serviceIds(), "Le type de rendez-vous");
        return types.create(communeId, typeId -> new CreateAppointmentType(typeId, communeId, settings));
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @PutMapping("/{appointmentTypeId}")
    AppointmentTypeView update(@PathVariable String communeId, @PathVariable String appointmentTypeId,
            @RequestBody AppointmentTypeRequest request, AgentIdentity caller) {
        AppointmentTypeView current = managed(communeId, appointmentTypeId, caller);
        AppointmentTypeSettings settings = checked(communeId, request);
        ManagedServices.assertMayAttach(caller, current.settings().serviceIds(), settings.serviceIds(),
                "Le type de rendez-vous");
        return types.change(communeId, appointmentTypeId,
                () -> new UpdateAppointmentType(appointmentTypeId, communeId, settings));
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @DeleteMapping("/{appointmentTypeId}")
    AppointmentTypeView archive(@PathVariable String communeId, @PathVariable String appointmentTypeId,
            AgentIdentity caller) {
        managed(communeId, appointmentTypeId, caller);
        return types.change(communeId, appointmentTypeId,
                () -> new ArchiveAppointmentType(appointmentTypeId, communeId));
    }

    @GetMapping("/{appointmentTypeId}")
    AppointmentTypeView describe(@PathVariable String communeId, @PathVariable String appointmentTypeId) {
        return types.describe(communeId, appointmentTypeId);
    }

    @GetMapping
    List<AppointmentTypeView> list(@PathVariable String communeId) {
        return types.list(communeId);
    }

    private AppointmentTypeView managed(String communeId, String typeId, AgentIdentity caller) {
        AppointmentTypeView current = types.describe(communeId, typeId);
        ManagedServices.assertManages(caller, current.settings().serviceIds(),
                "Le type « %s »".formatted(current.settings().label()));
        return current;
    }

    private AppointmentTypeSettings checked(String communeId, AppointmentTypeRequest request) {
        scope.commune(communeId);
        AppointmentTypeSettings settings = request.settings();
        settings.serviceIds().forEach(serviceId ->
                scope.find(communeId, ServiceView.KIND, serviceId, ServiceView.class, "Le service"));
        return settings;
    }
}
