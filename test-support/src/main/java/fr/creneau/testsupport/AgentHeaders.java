package fr.creneau.testsupport;

import fr.creneau.platform.identity.AgentIdentity;
import fr.creneau.platform.identity.AgentIdentityHeaders;
import fr.creneau.platform.identity.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The identity headers the gateway adds for a logged-in agent, for tests that call a service as the gateway would. */
public final class AgentHeaders {

    private static final Pattern COMMUNE_IN_PATH = Pattern.compile("/communes/([^/?#]+)");

    private AgentHeaders() {
    }

    /** An agent of {@code communeId} holding {@code roles} (every role of a commune when none is given). */
    public static HttpHeaders of(String communeId, Role... roles) {
        return of(identity(communeId, roles));
    }

    public static HttpHeaders platformAdmin() {
        return of(new AgentIdentity(UUID.randomUUID().toString(), null, Set.of(Role.PLATFORM_ADMIN), null,
                "Opératrice de la plateforme"));
    }

    public static AgentIdentity identity(String communeId, Role... roles) {
        Set<Role> held = roles.length == 0 ? EnumSet.of(Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER, Role.AGENT)
                : EnumSet.copyOf(Arrays.asList(roles));
        return new AgentIdentity(UUID.randomUUID().toString(), communeId, held, null, "Agente de test");
    }

    public static HttpHeaders of(AgentIdentity identity) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(AgentIdentityHeaders.ACCOUNT, identity.accountId());
        if (identity.communeId() != null) {
            headers.set(AgentIdentityHeaders.COMMUNE, identity.communeId());
        }
        headers.set(AgentIdentityHeaders.ROLES, identity.roles().stream().map(Role::name).collect(Collectors.joining(",")));
        if (identity.agentId() != null) {
            headers.set(AgentIdentityHeaders.AGENT_ID, identity.agentId());
        }
        if (identity.displayName() != null) {
            headers.set(AgentIdentityHeaders.NAME, URLEncoder.encode(identity.displayName(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /**
     * Plays the gateway for tests that are not about access: a request naming {@code /communes/{id}} goes as an agent
     * holding every role of that commune, any other as a platform administrator. A request that already names an
     * agent is left alone.
     */
    public static ClientHttpRequestInterceptor adminOfThePathCommune() {
        return (request, body, execution) -> {
            if (!request.getHeaders().containsKey(AgentIdentityHeaders.ACCOUNT)) {
                Matcher commune = COMMUNE_IN_PATH.matcher(request.getURI().getRawPath());
                request.getHeaders().addAll(commune.find() ? of(commune.group(1)) : platformAdmin());
            }
            return execution.execute(request, body);
        };
    }
}
