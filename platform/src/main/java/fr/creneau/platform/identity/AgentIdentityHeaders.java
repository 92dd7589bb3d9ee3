package fr.creneau.platform.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The headers the gateway sets for a logged-in agent, after removing any the client sent. Only the gateway
 * reaches the services, so they are trusted as they are.
 */
public final class AgentIdentityHeaders {

    public static final String ACCOUNT = "X-Creneau-Agent-Account";
    public static final String COMMUNE = "X-Creneau-Agent-Commune";
    public static final String ROLES = "X-Creneau-Agent-Roles";
    public static final String AGENT_ID = "X-Creneau-Agent-Id";
    public static final String NAME = "X-Creneau-Agent-Name";

    private AgentIdentityHeaders() {
    }

    /** The identity named by the headers {@code header} reads, empty when no account is named. */
    public static Optional<AgentIdentity> read(UnaryOperator<String> header) {
        String account = blankToNull(header.apply(ACCOUNT));
        if (account == null) {
            return Optional.empty();
        }
        String name = blankToNull(header.apply(NAME));
        return Optional.of(new AgentIdentity(account, blankToNull(header.apply(COMMUNE)), roles(header.apply(ROLES)),
                blankToNull(header.apply(AGENT_ID)), name == null ? null : URLDecoder.decode(name, StandardCharsets.UTF_8)));
    }

    private static Set<Role> roles(String header) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (header != null) {
            Arrays.stream(header.split(",")).map(String::trim).forEach(name -> Arrays.stream(Role.values())
                    .filter(role -> role.name().equals(name)).findFirst().ifPresent(roles::add));
        }
        return roles;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
