package fr.creneau.planning.commune.view;

import fr.creneau.planning.capacity.domain.HolidayPolicy;
import fr.creneau.planning.commune.domain.CommuneCreated;
import fr.creneau.planning.commune.domain.CommuneResumed;
import fr.creneau.planning.commune.domain.CommuneSuspended;
import fr.creneau.planning.commune.domain.CommuneSettingsChanged;
import fr.creneau.planning.commune.domain.HolidayPolicyChanged;
import fr.creneau.planning.commune.domain.SubscriptionChanged;
import fr.creneau.planning.view.PlanningViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("planning-views")
class CommuneProjection {

    private final PlanningViews views;

    CommuneProjection(PlanningViews views) {
        this.views = views;
    }

    @EventHandler
    void on(CommuneCreated event) {
        views.save(CommuneView.KIND, event.communeId(), event.communeId(),
                new CommuneView(event.communeId(), event.name(), event.timeZone(), HolidayPolicy.DEFAULT,
                        CommuneView.DEFAULT_RETENTION_MONTHS, null, false, null));
    }

    @EventHandler
    void on(CommuneSettingsChanged event) {
        CommuneView commune = views.find(CommuneView.KIND, event.communeId(), CommuneView.class).orElseThrow();
        views.save(CommuneView.KIND, event.communeId(), event.communeId(),
                commune.with(event.name(), event.retentionMonths()));
    }

    @EventHandler
    void on(HolidayPolicyChanged event) {
        CommuneView commune = views.find(CommuneView.KIND, event.communeId(), CommuneView.class).orElseThrow();
        views.save(CommuneView.KIND, event.communeId(), event.communeId(), commune.withHolidays(event.policy()));
    }

    @EventHandler
    void on(SubscriptionChanged event) {
        CommuneView commune = views.find(CommuneView.KIND, event.communeId(), CommuneView.class).orElseThrow();
        views.save(CommuneView.KIND, event.communeId(), event.communeId(), commune.with(event.subscription()));
    }

    @EventHandler
    void on(CommuneSuspended event) {
        CommuneView commune = views.find(CommuneView.KIND, event.communeId(), CommuneView.class).orElseThrow();
        views.save(CommuneView.KIND, event.communeId(), event.communeId(), commune.suspendedFor(event.reason()));
    }

    @EventHandler
    void on(CommuneResumed event) {
        CommuneView commune = views.find(CommuneView.KIND, event.communeId(), CommuneView.class).orElseThrow();
        views.save(CommuneView.KIND, event.communeId(), event.communeId(), commune.resumed());
    }
}
