package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A citizen's or an agent's HTTP client: JSON in, JSON out, nothing but the gateway's address. Like a browser, it
 * keeps its cookies; once an agent has signed in, each write carries the CSRF token in X-XSRF-TOKEN.
 */
final class Gateway {

    static final String PLATFORM_ADMIN = "admin";
    static final String PLATFORM_ADMIN_PASSWORD = "creneau-admin";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CookieManager cookies;
    private final HttpClient client;
    private final String baseUrl;

    Gateway(String baseUrl) {
        this(baseUrl, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private Gateway(String baseUrl, CookieManager cookies) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(cookies).build();
    }

    /** The same browser, cookies and all, sent to another gateway (they differ by port only, as cookies ignore). */
    Gateway at(String otherBaseUrl) {
        return new Gateway(otherBaseUrl, cookies);
    }

    /** A new client signed in as this agent (the gateway answers 200 and sets the session cookie). */
    Gateway signedIn(String username, String password) {
        Gateway agent = new Gateway(baseUrl);
        Reply reply = agent.post("/api/auth/login", Map.of("username", username, "password", password));
        if (reply.status() != 200) {
            throw new IllegalStateException("login of " + username + " refused: " + reply);
        }
        return agent;
    }

    /** The platform administrator the gateway creates at its first start. */
    Gateway platformAdministrator() {
        return signedIn(PLATFORM_ADMIN, PLATFORM_ADMIN_PASSWORD);
    }

    /**
     * Signed in as a new account of the commune with these roles, created by {@code administrator} (the platform's
     * or the commune's) through the accounts API.
     */
    Gateway newAccount(Gateway administrator, String communeId, String... roles) {
        String username = communeId + "-" + String.join("-", roles).toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        String password = "mot-de-passe-" + UUID.randomUUID();
        Reply created = administrator.post("/api/accounts/communes/" + communeId + "/accounts", Map.of(
                "username", username, "displayName", "Agent " + username, "password", password,
                "roles", List.of(roles)));
        if (created.status() != 201) {
            throw new IllegalStateException("account not created: " + created);
        }
        return signedIn(username, password);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    Reply post(String path, Object body) {
        return write("POST", path, body);
    }

    Reply put(String path, Object body) {
        return write("PUT", path, body);
    }

    Reply delete(String path) {
        return write("DELETE", path, null);
    }

    /** Any method; {@code body}, when not null, as JSON. */
    Reply call(String method, String path, Object body) {
        return method.equals("GET") ? get(path) : write(method, path, body);
    }

    private Reply write(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            return send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A request as a careless client writes it: the path as it is (encoded or not), any content type, any bytes.
     * Writes carry the CSRF token, as the back office's would.
     */
    Reply raw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!method.equals("GET")) {
            xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        return send(request);
    }

    private Optional<String> xsrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String text(String field) {
            JsonNode value = json().get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
