package fr.creneau.identity;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in agent, as the gateway asserts it to the services.
 *
 * @param communeId null for a {@link Role#PLATFORM_ADMIN}, who belongs to no commune
 * @param agentId    the planning agent this account is, or null
 * @param serviceIds the commune's services a {@link Role#SERVICE_MANAGER} manages (empty for other accounts)
 * @param partnerType what kind of partner a {@link Role#PARTNER} is (a type's partner types name it), or null
 */
public record AgentIdentity(String accountId, String communeId, Set<Role> roles, String agentId, String displayName,
                            List<String> serviceIds, String partnerType) {

    public AgentIdentity {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("an identity names its account");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        serviceIds = serviceIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(serviceIds));
    }

    public AgentIdentity(String accountId, String communeId, Set<Role> roles, String agentId, String displayName) {
        this(accountId, communeId, roles, agentId, displayName, List.of(), null);
    }

    /** True when the account may manage everything of its commune's planning, not only some services' part. */
    public boolean managesTheWholeCommune() {
        return has(Role.COMMUNE_ADMIN);
    }

    /** True when the account is only a partner of the commune (a social worker...), not one of its agents. */
    public boolean isOnlyAPartner() {
        return roles.equals(Set.of(Role.PARTNER));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when the account holds a role in {@code communeId} (a partner's included). */
    public boolean belongsTo(String communeId) {
        return this.communeId != null && this.communeId.equals(communeId) && roles.stream().anyMatch(Role::ofACommune);
    }

    /** Who to record as having acted: the planning agent when the account is one, else the account. */
    public String actor() {
        return agentId != null ? agentId : accountId;
    }
}
