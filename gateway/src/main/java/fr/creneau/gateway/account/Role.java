package fr.creneau.gateway.account;

/**
 * What an account may do. A platform administrator runs the installation (creates communes and their first
 * administrator) and belongs to no commune; the three other roles belong to one commune.
 */
public enum Role {
    PLATFORM_ADMIN, COMMUNE_ADMIN, SERVICE_MANAGER, AGENT;

    public boolean isCommuneRole() {
        return this != PLATFORM_ADMIN;
    }
}
