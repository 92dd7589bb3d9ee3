package fr.creneau.planning.counter.web;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.planning.appointmenttype.view.AppointmentTypeView;
import fr.creneau.planning.counter.command.ArchiveCounter;
import fr.creneau.planning.counter.command.CreateCounter;
import fr.creneau.planning.counter.command.PlanningQuota;
import fr.creneau.planning.counter.command.UpdateCounter;
import fr.creneau.planning.counter.domain.CounterDetails;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.place.view.PlaceView;
import fr.creneau.planning.service.view.ServiceView;
import fr.creneau.planning.shared.scope.ManagedServices;
import fr.creneau.planning.shared.web.CommuneEntities;
import fr.creneau.planning.shared.web.CommuneScope;
import fr.creneau.planning.view.PlanningViews;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.platform.problem.InvalidRequestException;
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
import java.util.UUID;

@RestController
@RequestMapping("/api/planning/communes/{communeId}/counters")
class CounterController {

    private final CommuneScope scope;
    private final CommuneEntities<CounterView> counters;
    private final PlanningQuota quota;

    CounterController(CommandGateway commands, CommuneScope scope, PlanningViews views, PlanningQuota quota) {
        this.scope = scope;
        this.quota = quota;
        this.counters = new CommuneEntities<>(commands, scope, views,
                CounterView.KIND, CounterView.class, "Le guichet");
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CounterView create(@PathVariable String communeId, @RequestBody CounterRequest request, AgentIdentity caller) {
        CounterDetails details = checked(communeId, request);
        ManagedServices.assertMayAttach(caller, List.of(), details.serviceIds(), "Le guichet");
        String counterId = UUID.randomUUID().toString();
        quota.open(new CreateCounter(counterId, communeId, details));
        return counters.describe(communeId, counterId);
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @PutMapping("/{counterId}")
    CounterView update(@PathVariable String communeId, @PathVariable String counterId,
            @RequestBody CounterRequest request, AgentIdentity caller) {
        CounterView current = managed(communeId, counterId, caller);
        CounterDetails details = checked(communeId, request);
        ManagedServices.assertMayAttach(caller, current.serviceIds(), details.serviceIds(), "Le guichet");
        return counters.change(communeId, counterId, () -> new UpdateCounter(counterId, communeId, details));
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @DeleteMapping("/{counterId}")
    CounterView archive(@PathVariable String communeId, @PathVariable String counterId, AgentIdentity caller) {
        managed(communeId, counterId, caller);
        return counters.change(communeId, counterId, () -> new ArchiveCounter(counterId, communeId));
    }

    @GetMapping("/{counterId}")
    CounterView describe(@PathVariable String communeId, @PathVariable String counterId) {
        return counters.describe(communeId, counterId);
    }

    @GetMapping
    List<CounterView> list(@PathVariable String communeId) {
        return counters.list(communeId);
    }

    private CounterView managed(String communeId, String counterId, AgentIdentity caller) {
        CounterView current = counters.describe(communeId, counterId);
        ManagedServices.assertManages(caller, current.serviceIds(), "Le guichet « %s »".formatted(current.name()));
        return current;
    }

    private CounterDetails checked(String communeId, CounterRequest request) {
        scope.commune(communeId);
        CounterDetails details = request.details();
        if (!scope.find(communeId, PlaceView.KIND, details.placeId(), PlaceView.class, "Le lieu").active()) {
            throw new InvalidRequestException("Le lieu « %s » est archivé.".formatted(details.placeId()));
        }
        details.serviceIds().forEach(id -> scope.find(communeId, ServiceView.KIND, id, ServiceView.class, "Le service"));
        details.appointmentTypeIds().forEach(typeId -> assertOpenToTheCounter(scope.find(communeId,
                AppointmentTypeView.KIND, typeId, AppointmentTypeView.class, "Le type de rendez-vous"), details));
        return details;
    }

    /** A type restricted to some services is taken only by the counters of one of them (its associated services). */
    private static void assertOpenToTheCounter(AppointmentTypeView type, CounterDetails counter) {
        List<String> services = type.settings().serviceIds();
        if (!services.isEmpty() && services.stream().noneMatch(counter.serviceIds()::contains)) {
            throw new InvalidRequestException(("Le type « %s » est réservé à ses services associés : le guichet doit "
                    + "appartenir à l'un d'eux pour le recevoir.").formatted(type.settings().label()));
        }
    }
}
