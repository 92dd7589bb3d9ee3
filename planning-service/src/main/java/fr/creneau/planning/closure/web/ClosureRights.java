package fr.creneau.planning.closure.web;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.planning.closure.domain.ClosureScope;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.shared.scope.ManagedServices;
import fr.creneau.planning.view.PlanningViews;
import fr.creneau.platform.problem.ForbiddenException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may close, or reopen, what: the commune administrator anything of the commune; a service manager (who sets
 * their service's hours and exceptions, as the team-agenda spec has it) a counter of their services, or a place
 * whose counters are all theirs, never the whole commune nor a place shared with another service.
 */
@Component
class ClosureRights {

    private final PlanningViews views;

    ClosureRights(PlanningViews views) {
        this.views = views;
    }

    void assertMayClose(AgentIdentity caller, String communeId, ClosureScope scope, String targetId) {
        if (caller.managesTheWholeCommune()) {
            return;
        }
        switch (scope) {
            case COMMUNE -> throw new ForbiddenException(
                    "Seul l'administrateur de la commune peut fermer ou rouvrir toute la commune.");
            case PLACE -> assertPlaceIsTheirs(caller, communeId, targetId);
            case COUNTER -> views.findInCommune(CounterView.KIND, communeId, targetId, CounterView.class)
                    .ifPresent(counter -> ManagedServices.assertManages(caller, counter.serviceIds(),
                            "Le guichet « %s »".formatted(counter.name())));
        }
    }

    private void assertPlaceIsTheirs(AgentIdentity caller, String communeId, String placeId) {
        List<CounterView> counters = views.listInCommune(CounterView.KIND, communeId, CounterView.class).stream()
                .filter(counter -> counter.placeId().equals(placeId)).toList();
        List<CounterView> others = counters.stream()
                .filter(counter -> counter.serviceIds().stream().noneMatch(caller.serviceIds()::contains)).toList();
        if (counters.isEmpty()) {
            throw new ForbiddenException("Ce lieu n'a aucun guichet des services que vous gérez.");
        }
        if (!others.isEmpty()) {
            throw new ForbiddenException(("Ce lieu accueille aussi des guichets d'autres services (%s) : fermez un à "
                    + "un les guichets de vos services, ou demandez à l'administrateur de la commune.").formatted(
                    others.stream().map(counter -> "« " + counter.name() + " »").collect(Collectors.joining(", "))));
        }
    }
}
