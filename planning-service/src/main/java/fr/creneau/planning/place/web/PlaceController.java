package fr.creneau.planning.place.web;

import fr.creneau.identity.Role;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.place.command.ArchivePlace;
import fr.creneau.planning.place.command.CreatePlace;
import fr.creneau.planning.place.command.UpdatePlace;
import fr.creneau.planning.place.view.PlaceView;
import fr.creneau.planning.shared.web.CommuneEntities;
import fr.creneau.planning.shared.web.CommuneScope;
import fr.creneau.planning.view.PlanningViews;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.platform.problem.ConflictException;
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
@RequestMapping("/api/planning/communes/{communeId}/places")
class PlaceController {

    private final CommuneScope scope;
    private final PlanningViews views;
    private final CommuneEntities<PlaceView> places;

    PlaceController(CommandGateway commands, CommuneScope scope, PlanningViews views) {
        this.scope = scope;
        this.views = views;
        this.places = new CommuneEntities<>(commands, scope, views, PlaceView.KIND, PlaceView.class, "Le lieu");
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlaceView create(@PathVariable String communeId, @RequestBody PlaceRequest request) {
        scope.commune(communeId);
        return places.create(communeId, placeId -> new CreatePlace(placeId, communeId, request.details()));
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/{placeId}")
    PlaceView update(@PathVariable String communeId, @PathVariable String placeId, @RequestBody PlaceRequest request) {
        return places.change(communeId, placeId, () -> new UpdatePlace(placeId, communeId, request.details()));
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @DeleteMapping("/{placeId}")
    PlaceView archive(@PathVariable String communeId, @PathVariable String placeId) {
        return places.change(communeId, placeId, () -> {
            boolean hasOpenCounters = views.listInCommune(CounterView.KIND, communeId, CounterView.class).stream()
                    .anyMatch(counter -> counter.active() && counter.placeId().equals(placeId));
            if (hasOpenCounters) {
                throw new ConflictException("Ce lieu a encore des guichets : archivez-les d'abord.");
            }
            return new ArchivePlace(placeId, communeId);
        });
    }

    @GetMapping("/{placeId}")
    PlaceView describe(@PathVariable String communeId, @PathVariable String placeId) {
        return places.describe(communeId, placeId);
    }

    @GetMapping
    List<PlaceView> list(@PathVariable String communeId) {
        return places.list(communeId);
    }
}
