package fr.creneau.gateway;

import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as it runs, on a database of its own in the shared test PostgreSQL, with every service stood for by
 * {@link Downstream}. Tests that extend it share one application context. Passwords are hashed at bcrypt's lowest
 * cost here only, and the per-address limits are lifted: every test request comes from 127.0.0.1. A body that does not
 * arrive is given up after 2 s rather than 10.
 */
// the first call to a cold context (springdoc's document, the first login) can pass 5 s on a loaded machine
// this WebTestClient is bound to the context, not to a socket: its requests have no client address, so they all
// share one rate-limit bucket ("unknown"); a test of per-address behaviour calls the gateway over a real connection
@AutoConfigureWebTestClient(timeout = "30s")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "creneau.gateway.rate-limit.general.requests=100000",
        "creneau.gateway.rate-limit.sensitive.requests=100000",
        "creneau.gateway.rate-limit.login.requests=100000",
        "creneau.gateway.request.body-timeout=2s"})
public abstract class GatewayIntegrationTest {

    protected static final String ADMIN_PASSWORD = "creneau-admin";

    @Autowired
    protected WebTestClient web;

    @DynamicPropertySource
    static void gatewayDatabaseAndServices(DynamicPropertyRegistry registry) {
        database(registry);
        for (String service : new String[] {"PLANNING_URL", "BOOKING_URL", "NOTIFICATION_URL", "STATS_URL"}) {
            registry.add(service, Downstream::url);
        }
    }

    /**
     * A new empty database for the gateway, bcrypt at its lowest cost, the tests' identity key (the services' tests
     * read what it signs with the same), the platform administrator's password that a bare jar does not have, and
     * no graceful shutdown: the test JVM would otherwise wait for the clients' idle connections when it closes the
     * contexts.
     */
    public static void database(DynamicPropertyRegistry registry) {
        registry.add("server.shutdown", () -> "immediate");
        String url = TestInfrastructure.newDatabase("gateway");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", TestInfrastructure::postgresUser);
        registry.add("spring.datasource.password", TestInfrastructure::postgresPassword);
        registry.add("creneau.gateway.accounts.bcrypt-strength", () -> "4");
        registry.add("creneau.identity.key", () -> AgentHeaders.KEY);
        registry.add("creneau.gateway.accounts.bootstrap-admin.password", () -> ADMIN_PASSWORD);
    }

    protected AgentSession signIn(String username, String password) {
        return AgentSession.signIn(web, username, password);
    }

    protected AgentSession admin() {
        return signIn("admin", ADMIN_PASSWORD);
    }
}
