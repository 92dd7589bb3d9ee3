package fr.creneau.planning.closure.web;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.planning.closure.command.DeclareClosure;
import fr.creneau.planning.closure.command.LiftClosure;
import fr.creneau.planning.closure.view.ClosureView;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.place.view.PlaceView;
import fr.creneau.planning.shared.domain.DateSpan;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/planning/communes/{communeId}/closures")
class ClosureController {

    private final CommuneScope scope;
    private final CommuneEntities<ClosureView> closures;
    private final ClosureRights rights;

    ClosureController(CommandGateway commands, CommuneScope scope, PlanningViews views, ClosureRights rights) {
        this.scope = scope;
        this.rights = rights;
        this.closures = new CommuneEntities<>(commands, scope, views,
                ClosureView.KIND, ClosureView.class, "La fermeture");
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ClosureView declare(@PathVariable String communeId, @RequestBody ClosureRequest request, AgentIdentity caller) {
        scope.commune(communeId);
        if (request.scope() == null) {
            throw new InvalidRequestException("Indiquez ce que ferme la fermeture : COMMUNE, PLACE ou COUNTER.");
        }
        String targetId = target(communeId, request);
        rights.assertMayClose(caller, communeId, request.scope(), targetId);
        return closures.create(communeId, closureId -> new DeclareClosure(closureId, communeId, request.scope(),
                targetId, new DateSpan(request.from(), request.to()), request.label()));
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @DeleteMapping("/{closureId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lift(@PathVariable String communeId, @PathVariable String closureId, AgentIdentity caller) {
        ClosureView closure = closures.describe(communeId, closureId);
        rights.assertMayClose(caller, communeId, closure.scope(), closure.targetId());
        closures.send(communeId, closureId, () -> new LiftClosure(closureId, communeId));
    }

    @GetMapping("/{closureId}")
    ClosureView describe(@PathVariable String communeId, @PathVariable String closureId) {
        return closures.describe(communeId, closureId);
    }

    @GetMapping
    List<ClosureView> list(@PathVariable String communeId) {
        return closures.list(communeId);
    }

    private String target(String communeId, ClosureRequest request) {
        return switch (request.scope()) {
            case COMMUNE -> communeId;
            case PLACE -> scope.find(communeId, PlaceView.KIND, request.targetId(), PlaceView.class, "Le lieu").placeId();
            case COUNTER -> scope.find(communeId, CounterView.KIND, request.targetId(), CounterView.class, "Le guichet")
                    .counterId();
        };
    }
}
