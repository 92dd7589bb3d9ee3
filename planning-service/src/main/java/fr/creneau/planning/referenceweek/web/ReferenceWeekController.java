package fr.creneau.planning.referenceweek.web;

import fr.creneau.identity.Role;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.referenceweek.command.ChangeReferenceWeek;
import fr.creneau.planning.referenceweek.command.CreateReferenceWeek;
import fr.creneau.planning.referenceweek.command.DeleteReferenceWeek;
import fr.creneau.planning.referenceweek.view.ReferenceWeekView;
import fr.creneau.planning.shared.domain.WeeklyHoursNotation;
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
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/planning/communes/{communeId}/reference-weeks")
class ReferenceWeekController {

    private final CommuneScope scope;
    private final PlanningViews views;
    private final CommuneEntities<ReferenceWeekView> weeks;

    ReferenceWeekController(CommandGateway commands, CommuneScope scope, PlanningViews views) {
        this.scope = scope;
        this.views = views;
        this.weeks = new CommuneEntities<>(commands, scope, views,
                ReferenceWeekView.KIND, ReferenceWeekView.class, "La semaine de référence");
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReferenceWeekResponse create(@PathVariable String communeId, @RequestBody ReferenceWeekRequest request) {
        scope.commune(communeId);
        return ReferenceWeekResponse.of(weeks.create(communeId, referenceWeekId -> new CreateReferenceWeek(
                referenceWeekId, communeId, request.name(), WeeklyHoursNotation.parse(request.days()))));
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/{referenceWeekId}")
    ReferenceWeekResponse change(@PathVariable String communeId, @PathVariable String referenceWeekId,
            @RequestBody ReferenceWeekRequest request) {
        return ReferenceWeekResponse.of(weeks.change(communeId, referenceWeekId, () -> new ChangeReferenceWeek(
                referenceWeekId, communeId, request.name(), WeeklyHoursNotation.parse(request.days()))));
    }

    /** Refused while a counter in service follows the week: its hours would no longer have a name to change them by. */
    @AgentRoles(Role.COMMUNE_ADMIN)
    @DeleteMapping("/{referenceWeekId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String communeId, @PathVariable String referenceWeekId) {
        weeks.send(communeId, referenceWeekId, () -> {
            String followers = views.listInCommune(CounterView.KIND, communeId, CounterView.class).stream()
                    .filter(counter -> counter.active() && counter.follows(referenceWeekId))
                    .map(counter -> "« " + counter.name() + " »")
                    .collect(Collectors.joining(", "));
            if (!followers.isEmpty()) {
                throw new ConflictException(("Cette semaine est appliquée aux guichets %s : elle ne peut pas être "
                        + "supprimée. Appliquez-leur d'abord une autre semaine, ou archivez-les.").formatted(followers));
            }
            return new DeleteReferenceWeek(referenceWeekId, communeId);
        });
    }

    @GetMapping("/{referenceWeekId}")
    ReferenceWeekResponse describe(@PathVariable String communeId, @PathVariable String referenceWeekId) {
        return ReferenceWeekResponse.of(weeks.describe(communeId, referenceWeekId));
    }

    @GetMapping
    List<ReferenceWeekResponse> list(@PathVariable String communeId) {
        return weeks.list(communeId).stream().map(ReferenceWeekResponse::of).toList();
    }
}
