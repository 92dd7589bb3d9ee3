package fr.creneau.gateway.account;

import fr.creneau.identity.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An agent's account as the rest of the gateway sees it (never its password).
 *
 * @param serviceIds  the services a {@link Role#SERVICE_MANAGER} manages (none for other accounts)
 * @param partnerType the partner type of a {@link Role#PARTNER}, who holds no other role (null for others)
 */
public record Account(UUID id, String username, String displayName, String email, String communeId, Set<Role> roles,
                      String agentId, boolean enabled, List<String> serviceIds, String partnerType) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account has at least one role");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        boolean platformAdmin = roles.contains(Role.PLATFORM_ADMIN);
        if (platformAdmin && (roles.size() > 1 || communeId != null)) {
            throw new IllegalArgumentException("a platform administrator has no other role and no commune");
        }
        if (!platformAdmin && communeId == null) {
            throw new IllegalArgumentException("an account of a commune names its commune");
        }
        if (roles.contains(Role.PARTNER) != (partnerType != null) || roles.contains(Role.PARTNER) && roles.size() > 1) {
            throw new IllegalArgumentException("a partner has a partner type and no other role");
        }
        serviceIds = serviceIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(serviceIds));
    }

    public Account(UUID id, String username, String displayName, String email, String communeId, Set<Role> roles,
                   String agentId, boolean enabled) {
        this(id, username, displayName, email, communeId, roles, agentId, enabled, List.of(), null);
    }

    /** A partner of the commune (a social worker...) books for their beneficiaries and sees nothing else of it. */
    public boolean isOnlyAPartner() {
        return roles.equals(Set.of(Role.PARTNER));
    }

    Account linkedTo(String planningAgentId) {
        return new Account(id, username, displayName, email, communeId, roles, planningAgentId, enabled);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isMemberOf(String commune) {
        return communeId != null && communeId.equals(commune);
    }
}
