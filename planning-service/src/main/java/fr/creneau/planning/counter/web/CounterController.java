package fr.creneau.planning.counter.web;

import fr.creneau.identity.Role;
import fr.creneau.planning.appointmenttype.view.AppointmentTypeView;
import fr.creneau.planning.counter.command.ArchiveCounter;
import fr.creneau.planning.counter.command.CreateCounter;
import fr.creneau.planning.counter.command.PlanningQuota;
import fr.creneau.planning.counter.command.UpdateCounter;
import fr.creneau.planning.counter.domain.CounterDetails;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.place.view.PlaceView;
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

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CounterView create(@PathVariable String communeId, @RequestBody CounterRequest request) {
        CounterDetails details = checked(communeId, request);
        String counterId = UUID.randomUUID().toString();
        quota.open(new CreateCounter(counterId, communeId, details));
        return counters.describe(communeId, counterId);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/{counterId}")
    CounterView update(@PathVariable String communeId, @PathVariable String counterId,
            @RequestBody CounterRequest request) {
        return counters.change(communeId, counterId,
                () -> new UpdateCounter(counterId, communeId, checked(communeId, request)));
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @DeleteMapping("/{counterId}")
    CounterView archive(@PathVariable String communeId, @PathVariable String counterId) {
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

    private CounterDetails checked(String communeId, CounterRequest request) {
        scope.commune(communeId);
        CounterDetails details = request.details();
        if (!scope.find(communeId, PlaceView.KIND, details.placeId(), PlaceView.class, "Le lieu").active()) {
            throw new InvalidRequestException("Le lieu « %s » est archivé.".formatted(details.placeId()));
        }
        details.appointmentTypeIds().forEach(typeId -> scope.find(communeId, AppointmentTypeView.KIND, typeId,
                AppointmentTypeView.class, "Le type de rendez-vous"));
        return details;
    }
}
