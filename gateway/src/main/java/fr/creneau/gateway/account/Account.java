package fr.creneau.gateway.account;

import fr.creneau.identity.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** An agent's account as the rest of the gateway sees it (never its password). */
public record Account(UUID id, String username, String displayName, String email, String communeId, Set<Role> roles,
                      String agentId, boolean enabled) {

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
