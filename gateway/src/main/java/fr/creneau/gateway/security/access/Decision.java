package fr.creneau.gateway.security.access;

import fr.creneau.gateway.account.Account;

/**
 * The access a request needs, the commune and the agent its path names (null if none), and the rule's pattern.
 */
public record Decision(Access access, String commune, String agent, String pattern) {

    public boolean allows(Account account) {
        return access.allows(account, commune, agent);
    }

    public String refusal(Account account) {
        return access.refusal(account, commune);
    }
}
