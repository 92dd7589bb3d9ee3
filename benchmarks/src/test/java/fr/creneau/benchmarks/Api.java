package fr.creneau.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The gateway's HTTP API as a client sees it: JSON in, status and JSON out. It keeps its cookies like a browser;
 * once an agent has signed in, each write carries the CSRF token in X-XSRF-TOKEN.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(cookies).build();
    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A new client signed in as this agent. */
    Api signedIn(String username, String password) {
        Api agent = new Api(baseUrl);
        agent.post("/api/auth/login", Map.of("username", username, "password", password)).expect(200);
        return agent;
    }

    /** The platform administrator the gateway creates at its first start. */
    Api platformAdministrator() {
        return signedIn("admin", "creneau-admin");
    }

    /** Signed in as a new account of the commune, created by {@code administrator} through the accounts API. */
    Api newAccount(Api administrator, String communeId, String... roles) {
        String username = communeId + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "mot-de-passe-" + UUID.randomUUID();
        administrator.post("/api/accounts/communes/" + communeId + "/accounts", Map.of("username", username,
                "displayName", "Banc d'essai", "password", password, "roles", List.of(roles))).expect(201);
        return signedIn(username, password);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    Reply post(String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                    .findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token.getValue()));
            return send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(599, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(599, "interrupted");
        }
    }

    record Reply(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }
}
