package fr.creneau.gateway;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser's cookie jar for one signed-in agent: the session cookie, and the CSRF token echoed in a header. */
public final class AgentSession {

    private final WebTestClient web;
    private final String session;
    private final String xsrf;

    private AgentSession(WebTestClient web, String session, String xsrf) {
        this.web = web;
        this.session = session;
        this.xsrf = xsrf;
    }

    static AgentSession signIn(WebTestClient web, String username, String password) {
        EntityExchangeResult<byte[]> result = web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();
        return new AgentSession(web, cookie(result, "SESSION"), cookie(result, "XSRF-TOKEN"));
    }

    static String cookie(EntityExchangeResult<?> result, String name) {
        List<ResponseCookie> cookies = result.getResponseCookies().get(name);
        assertThat(cookies).as("cookie " + name).isNotEmpty();
        return cookies.get(cookies.size() - 1).getValue();
    }

    /** The same cookies, sent to another gateway. */
    AgentSession on(WebTestClient otherGateway) {
        return new AgentSession(otherGateway, session, xsrf);
    }

    String sessionCookie() {
        return session;
    }

    String xsrfToken() {
        return xsrf;
    }

    WebTestClient.ResponseSpec get(String path) {
        return request(HttpMethod.GET, path, null);
    }

    WebTestClient.ResponseSpec post(String path, Object body) {
        return request(HttpMethod.POST, path, body);
    }

    WebTestClient.ResponseSpec put(String path, Object body) {
        return request(HttpMethod.PUT, path, body);
    }

    /** A POST of a CSV file, as the reprise page sends one. */
    WebTestClient.ResponseSpec postCsv(String path, String csv) {
        return web.post().uri(path).cookie("SESSION", session).cookie("XSRF-TOKEN", xsrf).header("X-XSRF-TOKEN", xsrf)
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).bodyValue(csv).exchange();
    }

    WebTestClient.ResponseSpec request(HttpMethod method, String path, Object body) {
        WebTestClient.RequestBodySpec request = web.method(method).uri(path)
                .cookie("SESSION", session)
                .cookie("XSRF-TOKEN", xsrf)
                .header("X-XSRF-TOKEN", xsrf);
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Creates an account in a commune through the accounts API, and returns its (unique) username. */
    String createAccount(String communeId, String password, String... roles) {
        String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/accounts/communes/" + communeId + "/accounts", Map.of("username", username,
                "displayName", "Agent " + username, "password", password, "roles", List.of(roles)))
                .expectStatus().isCreated();
        return username;
    }

    /** A partner of the commune (PARTNER, of {@code partnerType}). */
    String createPartner(String communeId, String password, String partnerType) {
        String username = "partenaire-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/accounts/communes/" + communeId + "/accounts", Map.of("username", username,
                "displayName", "Partenaire " + username, "password", password, "roles", List.of("PARTNER"),
                "partnerType", partnerType))
                .expectStatus().isCreated();
        return username;
    }
}
