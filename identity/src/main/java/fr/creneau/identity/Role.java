package fr.creneau.identity;

/**
 * What an agent account may do. A platform administrator runs the installation (creates communes and their first
 * administrator) and belongs to no commune; the other roles belong to one commune.
 */
public enum Role {
    PLATFORM_ADMIN("administrateur de la plateforme"),
    COMMUNE_ADMIN("administrateur de la commune"),
    SERVICE_MANAGER("responsable de service"),
    AGENT("agent"),
    /** Someone outside the commune's staff (a social worker...) who books some types for their own beneficiaries. */
    PARTNER("partenaire");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean ofACommune() {
        return this != PLATFORM_ADMIN;
    }
}
