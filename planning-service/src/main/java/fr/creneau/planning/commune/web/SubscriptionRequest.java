package fr.creneau.planning.commune.web;

import fr.creneau.planning.commune.domain.PopulationBand;
import fr.creneau.planning.commune.domain.Subscription;
import fr.creneau.platform.problem.InvalidRequestException;

/** Every field is required: a subscription is set whole. */
public record SubscriptionRequest(PopulationBand populationBand, Integer plannings, Boolean sms, Boolean voice) {

    Subscription subscription() {
        if (populationBand == null) {
            throw missing("populationBand", "la tranche de population");
        }
        if (plannings == null) {
            throw missing("plannings", "le nombre de plannings");
        }
        if (sms == null) {
            throw missing("sms", "l'option SMS");
        }
        if (voice == null) {
            throw missing("voice", "l'option serveur vocal");
        }
        return new Subscription(populationBand, plannings, sms, voice);
    }

    private static InvalidRequestException missing(String field, String what) {
        return new InvalidRequestException("Le champ « %s » (%s) est obligatoire.".formatted(field, what));
    }
}
