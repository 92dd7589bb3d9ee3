package fr.creneau.planning.place.web;

import fr.creneau.identity.Role;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.place.command.ArchivePlace;
import fr.creneau.planning.place.command.CreatePlace;
import fr.creneau.planning.place.command.UpdatePlace;
import fr.creneau.planning.place.view.PlaceView;
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
import java.util.UUID;

@RestController
@RequestMapping("/api/planning/communes/{communeId}/places")
class PlaceController {

    private final CommandGateway commands;
    private final CommuneScope scope;
    private final PlanningViews views;

    PlaceController(CommandGateway commands, CommuneScope scope, PlanningViews views) {
        this.commands = commands;
        this.scope = scope;
        this.views = views;
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlaceView create(@PathVariable String communeId, @RequestBody PlaceRequest request) {
        scope.commune(communeId);
        String placeId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreatePlace(placeId, communeId, request.details()));
        return describe(communeId, placeId);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/{placeId}")
    PlaceView update(@PathVariable String communeId, @PathVariable String placeId, @RequestBody PlaceRequest request) {
        describe(communeId, placeId);
        commands.sendAndWait(new UpdatePlace(placeId, communeId, request.details()));
        return describe(communeId, placeId);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @DeleteMapping("/{placeId}")
    PlaceView archive(@PathVariable String communeId, @PathVariable String placeId) {
        describe(communeId, placeId);
        boolean hasOpenCounters = views.listInCommune(CounterView.KIND, communeId, CounterView.class).stream()
                .anyMatch(counter -> counter.active() && counter.placeId().equals(placeId));
        if (hasOpenCounters) {
            throw new ConflictException("Ce lieu a encore des guichets : archivez-les d'abord.");
        }
        commands.sendAndWait(new ArchivePlace(placeId, communeId));
        return describe(communeId, placeId);
    }

    @GetMapping("/{placeId}")
    PlaceView describe(@PathVariable String communeId, @PathVariable String placeId) {
        return scope.find(communeId, PlaceView.KIND, placeId, PlaceView.class, "Le lieu");
    }

    @GetMapping
    List<PlaceView> list(@PathVariable String communeId) {
        scope.commune(communeId);
        return views.listInCommune(PlaceView.KIND, communeId, PlaceView.class);
    }
}
