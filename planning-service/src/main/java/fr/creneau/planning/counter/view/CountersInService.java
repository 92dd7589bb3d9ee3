package fr.creneau.planning.counter.view;

import fr.creneau.planning.view.PlanningViews;
import org.springframework.stereotype.Component;

/** The plannings a commune uses: its counters that are not archived. */
@Component
public class CountersInService {

    private final PlanningViews views;

    CountersInService(PlanningViews views) {
        this.views = views;
    }

    public long count(String communeId) {
        return views.listInCommune(CounterView.KIND, communeId, CounterView.class).stream()
                .filter(CounterView::active).count();
    }
}
