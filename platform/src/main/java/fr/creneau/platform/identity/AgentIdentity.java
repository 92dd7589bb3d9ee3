package fr.creneau.platform.identity;

import fr.creneau.platform.problem.ForbiddenException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The logged-in agent a request comes from.
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

    /** Refuses with 403 unless the agent holds one of {@code anyOf}. */
    public AgentIdentity require(Role... anyOf) {
        if (anyOf.length > 0 && Arrays.stream(anyOf).noneMatch(this::has)) {
            throw new ForbiddenException("Cette action est réservée au rôle : %s.".formatted(Arrays.stream(anyOf)
                    .map(Role::label).collect(Collectors.joining(" ou "))));
        }
        return this;
    }

    /** Refuses with 403 unless the agent holds a role in {@code communeId}. */
    public AgentIdentity requireMemberOf(String communeId) {
        if (!belongsTo(communeId)) {
            throw new ForbiddenException("Vous n'avez pas accès à la commune « %s ».".formatted(communeId));
        }
        return this;
    }

    /** Who to record as having acted: the planning agent when the account is one, else the account. */
    public String actor() {
        return agentId != null ? agentId : accountId;
    }
}
