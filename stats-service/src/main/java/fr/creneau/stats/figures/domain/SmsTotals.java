package fr.creneau.stats.figures.domain;

/** The SMS a commune sent in one bucket: how many, their segments and cost, and what the operator reported. */
public record SmsTotals(long sent, long segments, long costEuroCents, long delivered, long deliveryFailed) {

    public static final SmsTotals NONE = new SmsTotals(0, 0, 0, 0, 0);
}
