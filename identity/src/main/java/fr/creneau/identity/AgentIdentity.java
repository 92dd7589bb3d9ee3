package fr.creneau.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in agent, as the gateway asserts it to the services.
 *
 * @param communeId null for a {@link Role#PLATFORM_ADMIN}, who belongs to no commune
 * @param agentId   the planning agent this account is, or null
 */
public record AgentIdentity(String accountId, String communeId, Set<Role> roles, String agentId, String displayName) {

    public AgentIdentity {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("an identity names its account");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when the agent holds a role in {@code communeId}. */
    public boolean belongsTo(String communeId) {
        return this.communeId != null && this.communeId.equals(communeId) && roles.stream().anyMatch(Role::ofACommune);
    }

    /** Who to record as having acted: the planning agent when the account is one, else the account. */
    public String actor() {
        return agentId != null ? agentId : accountId;
    }
}
