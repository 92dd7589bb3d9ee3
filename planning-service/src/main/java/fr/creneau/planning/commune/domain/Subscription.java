package fr.creneau.planning.commune.domain;

/**
 * What the commune pays the operator for: its population band, how many plannings (counters in service) it may
 * have at once, and its options (SMS, interactive voice server).
 */
public record Subscription(PopulationBand populationBand, int plannings, boolean sms, boolean voice) {

    public static final int MOST_PLANNINGS = 500;

    public Subscription {
        if (populationBand == null) {
            throw new IllegalArgumentException("La tranche de population de l'abonnement est obligatoire.");
        }
        if (plannings < 1 || plannings > MOST_PLANNINGS) {
            throw new IllegalArgumentException("Le nombre de plannings de l'abonnement doit être compris entre 1 et %d."
                    .formatted(MOST_PLANNINGS));
        }
    }

    /** Whether one more planning fits when {@code inService} are already in service. */
    public boolean admitsOneMore(long inService) {
        return inService < plannings;
    }
}
