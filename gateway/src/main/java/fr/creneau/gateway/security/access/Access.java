package fr.creneau.gateway.security.access;

import fr.creneau.gateway.account.Account;
import fr.creneau.identity.Role;

/** What a rule asks of the caller; {@code commune} is the commune named in the path, if any. */
public enum Access {
    PUBLIC,
    SIGNED_IN,
    PLATFORM_ADMIN,
    /** the commune's administrator, or the platform administrator (who creates a commune's first account) */
    ACCOUNTS_ADMIN,
    COMMUNE_ADMIN,
    /** the commune's administrator or one of its service managers */
    COMMUNE_MANAGER,
    /** the commune's administrator or one of its service managers, or the agent the path names (their own time) */
    COMMUNE_MANAGER_OR_THE_AGENT,
    /** any account of the commune but a partner's */
    COMMUNE_MEMBER,
    /** any account of the commune, a partner's included (the service lets a partner see only their own bookings) */
    COMMUNE_MEMBER_OR_PARTNER,
    /** any account of some commune but a partner's (the service checks that what is named belongs to it) */
    SOME_COMMUNE_MEMBER;

    public boolean allows(Account account, String commune) {
        return allows(account, commune, null);
    }

    /** {@code agent} is the agent the path names, if any. */
    public boolean allows(Account account, String commune, String agent) {
        return switch (this) {
            case PUBLIC, SIGNED_IN -> true;
            case PLATFORM_ADMIN -> account.has(Role.PLATFORM_ADMIN);
            case ACCOUNTS_ADMIN -> account.has(Role.PLATFORM_ADMIN)
                    || account.isMemberOf(commune) && account.has(Role.COMMUNE_ADMIN);
            case COMMUNE_ADMIN -> account.isMemberOf(commune) && account.has(Role.COMMUNE_ADMIN);
            case COMMUNE_MANAGER -> account.isMemberOf(commune)
                    && (account.has(Role.COMMUNE_ADMIN) || account.has(Role.SERVICE_MANAGER));
            case COMMUNE_MANAGER_OR_THE_AGENT -> COMMUNE_MANAGER.allows(account, commune)
                    || account.isMemberOf(commune) && agent != null && agent.equals(account.agentId());
            case COMMUNE_MEMBER -> account.isMemberOf(commune) && !account.isOnlyAPartner();
            case COMMUNE_MEMBER_OR_PARTNER -> account.isMemberOf(commune);
            case SOME_COMMUNE_MEMBER -> account.communeId() != null && !account.isOnlyAPartner();
        };
    }

    /** Why {@link #allows} said no, in French, for the 403 answer. */
    String refusal(Account account, String commune) {
        if (commune != null && this != PLATFORM_ADMIN && !account.isMemberOf(commune)
                && !(this == ACCOUNTS_ADMIN && account.has(Role.PLATFORM_ADMIN))) {
            return "Votre compte ne donne pas accès aux données de la commune « %s ».".formatted(commune);
        }
        if (account.isOnlyAPartner()) {
            return "Un compte partenaire ne sert qu'à prendre et suivre les rendez-vous de ses bénéficiaires.";
        }
        return switch (this) {
            case PLATFORM_ADMIN -> "Seul l'administrateur de la plateforme peut faire cela.";
            case ACCOUNTS_ADMIN, COMMUNE_ADMIN -> "Seul un administrateur de la commune peut faire cela.";
            case COMMUNE_MANAGER -> "Seul un administrateur ou un responsable de service de la commune peut faire cela.";
            case COMMUNE_MANAGER_OR_THE_AGENT -> "Seul un administrateur, un responsable de service ou l'agent "
                    + "lui-même peut faire cela.";
            default -> "Votre compte n'appartient à aucune commune.";
        };
    }
}
