package fr.creneau.planning.capacity.web;

import fr.creneau.planning.capacity.domain.CapacityCalculator;
import fr.creneau.planning.capacity.domain.CapacityWindow;
import fr.creneau.planning.capacity.plan.CommunePlanning;
import fr.creneau.planning.capacity.plan.CommunePlannings;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.web.CommuneScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
class CapacityController {

    private final CommuneScope scope;
    private final CommunePlannings plannings;

    CapacityController(CommuneScope scope, CommunePlannings plannings) {
        this.scope = scope;
        this.plannings = plannings;
    }

    @GetMapping("/api/planning/communes/{communeId}/counters/{counterId}/capacity")
    List<CapacityWindow> capacity(@PathVariable String communeId, @PathVariable String counterId,
            @RequestParam LocalDate from, @RequestParam LocalDate to) {
        CounterView counter = scope.find(communeId, CounterView.KIND, counterId, CounterView.class, "Le guichet");
        CommunePlanning planning = plannings.of(communeId);
        return CapacityCalculator.compute(planning.planOf(counter), new DateSpan(from, to));
    }
}
