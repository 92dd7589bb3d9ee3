package fr.creneau.testsupport;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity the gateway signs for a logged-in agent, for tests that call a service as the gateway would. The
 * services under test are given {@link #KEY} ({@link TestInfrastructure#register}).
 */
public final class AgentHeaders {

    /** The tests' identity key: known to every test, so never a real installation's. */
    public static final String KEY = "la-clé-des-tests-que-la-passerelle-signerait";
    private static final IdentityToken TOKENS = new IdentityToken(KEY);
    /**
     * Longer than the gateway's minute: a test keeps one set of headers over many calls. The minute is tested on
     * its own (IdentityTokenTest, the gateway's IdentityHeadersTest, the end-to-end ForgedIdentityTest).
     */
    private static final Duration LIFETIME = Duration.ofMinutes(15);
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
        headers.set(IdentityToken.HEADER, TOKENS.sign(identity, Instant.now(), LIFETIME));
        return headers;
    }

    /**
     * Plays the gateway for tests that are not about access: a request naming {@code /communes/{id}} goes as an agent
     * holding every role of that commune, any other as a platform administrator. A request that already names an
     * agent is left alone.
     */
    public static ClientHttpRequestInterceptor adminOfThePathCommune() {
        return (request, body, execution) -> {
            if (!request.getHeaders().containsKey(IdentityToken.HEADER)) {
                Matcher commune = COMMUNE_IN_PATH.matcher(request.getURI().getRawPath());
                request.getHeaders().addAll(commune.find() ? of(commune.group(1)) : platformAdmin());
            }
            return execution.execute(request, body);
        };
    }
}
