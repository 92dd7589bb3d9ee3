package fr.creneau.planning.commune.domain;

/** The population bands the operator's price list is written in. */
public enum PopulationBand {
    UP_TO_5000("0 à 5 000 habitants"),
    UP_TO_10000("5 001 à 10 000 habitants"),
    UP_TO_20000("10 001 à 20 000 habitants"),
    UP_TO_50000("20 001 à 50 000 habitants"),
    OVER_50000("plus de 50 000 habitants");

    private final String label;

    PopulationBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
