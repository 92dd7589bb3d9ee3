package fr.creneau.planning.commune.web;

import fr.creneau.planning.commune.domain.Subscription;
import fr.creneau.planning.commune.view.CommuneView;

/**
 * A commune as the platform's operator sees it: its subscription, the plannings it uses against it, and whether it
 * is suspended.
 */
public record OperatedCommune(String communeId, String name, String timeZone, Subscription subscription,
        String populationBandLabel, long planningsInService, boolean suspended, String suspensionReason) {

    static OperatedCommune of(CommuneView commune, long planningsInService) {
        Subscription subscription = commune.subscription();
        return new OperatedCommune(commune.communeId(), commune.name(), commune.timeZone(), subscription,
                subscription == null ? null : subscription.populationBand().label(), planningsInService,
                commune.suspended(), commune.suspensionReason());
    }
}
