package fr.creneau.planning.importing.command;

import fr.creneau.planning.agent.view.AgentView;
import fr.creneau.planning.appointmenttype.view.AppointmentTypeView;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.place.view.PlaceView;
import fr.creneau.planning.referenceweek.view.ReferenceWeekView;
import fr.creneau.planning.view.PlanningViews;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the commune has already, by name (case and surrounding spaces aside): the natural key of an import line, so
 * that a file run twice creates nothing twice, and how one file names what another created.
 */
final class CommuneNames {

    private final Map<String, PlaceView> places;
    private final Map<String, AppointmentTypeView> types;
    private final Map<String, ReferenceWeekView> weeks;
    private final Map<String, CounterView> counters;
    private final Map<String, AgentView> agents;

    private CommuneNames(PlanningViews views, String communeId) {
        places = byName(views.listInCommune(PlaceView.KIND, communeId, PlaceView.class).stream()
                .filter(PlaceView::active).toList(), PlaceView::name);
        types = byName(views.listInCommune(AppointmentTypeView.KIND, communeId, AppointmentTypeView.class).stream()
                .filter(AppointmentTypeView::active).toList(), type -> type.settings().label());
        weeks = byName(views.listInCommune(ReferenceWeekView.KIND, communeId, ReferenceWeekView.class),
                ReferenceWeekView::name);
        counters = byName(views.listInCommune(CounterView.KIND, communeId, CounterView.class).stream()
                .filter(CounterView::active).toList(), CounterView::name);
        agents = byName(views.listInCommune(AgentView.KIND, communeId, AgentView.class), AgentView::displayName);
    }

    static CommuneNames of(PlanningViews views, String communeId) {
        return new CommuneNames(views, communeId);
    }

    static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    Optional<PlaceView> place(String name) {
        return Optional.ofNullable(places.get(key(name)));
    }

    Optional<AppointmentTypeView> type(String name) {
        return Optional.ofNullable(types.get(key(name)));
    }

    Optional<ReferenceWeekView> week(String name) {
        return Optional.ofNullable(weeks.get(key(name)));
    }

    Optional<CounterView> counter(String name) {
        return Optional.ofNullable(counters.get(key(name)));
    }

    Optional<AgentView> agent(String name) {
        return Optional.ofNullable(agents.get(key(name)));
    }

    private static <V> Map<String, V> byName(List<V> all, Function<V, String> name) {
        Map<String, V> map = new HashMap<>();
        all.forEach(item -> map.putIfAbsent(key(name.apply(item)), item));
        return map;
    }
}
