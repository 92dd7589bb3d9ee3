package fr.creneau.planning.capacity.plan;

import fr.creneau.planning.agent.view.AgentView;
import fr.creneau.planning.capacity.domain.CounterPlan;
import fr.creneau.planning.closure.view.ClosureView;
import fr.creneau.planning.commune.view.CommuneView;
import fr.creneau.planning.counter.view.CounterException;
import fr.creneau.planning.counter.view.CounterView;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** One commune's planning as read at one moment: enough to compute the capacity of any of its counters. */
public record CommunePlanning(CommuneView commune, List<CounterView> counters, List<ClosureView> closures,
        List<AgentView> agents) {

    public Optional<CounterView> counter(String counterId) {
        return counters.stream().filter(counter -> counter.counterId().equals(counterId)).findFirst();
    }

    public List<AgentView> agentsOf(String counterId) {
        return agents.stream().filter(agent -> agent.counterIds().contains(counterId)).toList();
    }

    /** An archived counter has no capacity at all. */
    public CounterPlan planOf(CounterView counter) {
        if (!counter.active()) {
            return new CounterPlan(commune.zone(), List.of(), List.of(), List.of(), commune.holidays(), List.of());
        }
        return new CounterPlan(
                commune.zone(),
                counter.schedules(),
                counter.exceptions().stream().map(CounterException::override).toList(),
                closures.stream().filter(closure -> closure.closes(counter.counterId(), counter.placeId()))
                        .map(ClosureView::span).toList(),
                commune.holidays(),
                agentsOf(counter.counterId()).stream().map(AgentView::named).toList());
    }

    /** Counters touched by a closure or a change of the commune, of a place or of one counter. */
    public List<CounterView> countersWhere(Predicate<CounterView> test) {
        return counters.stream().filter(test).toList();
    }
}
