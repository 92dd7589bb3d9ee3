package fr.creneau.e2e;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The ANTS' coordination API as WireMock plays it: the status each test gives its numbers, declarations and
 * withdrawals accepted and kept for the test to read, a 401 for a wrong token, and an outage on demand.
 */
final class FakeAnts {

    static final String API_TOKEN = "e2e-ants-api-token";
    static final String EDITOR_TOKEN = "e2e-ants-editor-token";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private StubMapping outage;

    FakeAnts start() {
        server.start();
        server.stubFor(any(urlPathMatching("/api/.*")).atPriority(9)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\":\"X-RDV-OPT-AUTH-TOKEN header invalid\"}")));
        server.stubFor(authorised(post(urlPathEqualTo("/api/appointments"))).atPriority(5)
                .willReturn(okJson("{\"success\": true}")));
        server.stubFor(authorised(delete(urlPathEqualTo("/api/appointments"))).atPriority(5)
                .willReturn(okJson("{\"success\": true}")));
        return this;
    }

    String url() {
        return server.baseUrl();
    }

    void stop() {
        server.stop();
    }

    static String newNumber() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    void status(String number, String status) {
        server.stubFor(authorised(get(urlPathEqualTo("/api/status")))
                .withQueryParam("application_ids", equalTo(number)).atPriority(5)
                .willReturn(okJson("{\"%s\": {\"status\": \"%s\", \"appointments\": []}}".formatted(number, status))));
    }

    void down() {
        outage = server.stubFor(any(urlPathMatching("/api/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("maintenance")));
    }

    void up() {
        if (outage != null) {
            server.removeStub(outage);
            outage = null;
        }
    }

    /** The declarations ({@code POST}) or withdrawals ({@code DELETE}) of {@code number} the ANTS accepted. */
    List<LoggedRequest> accepted(String method, String number) {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getResponse().getStatus() == 200)
                .map(ServeEvent::getRequest)
                .filter(request -> request.getUrl().startsWith("/api/appointments"))
                .filter(request -> request.getMethod().getName().equals(method))
                .filter(request -> request.queryParameter("application_id").isPresent()
                        && request.queryParameter("application_id").values().contains(number))
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    /** Every request made to the fake about {@code number} that it refused (the outage). */
    long refused(String number) {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getResponse().getStatus() == 503)
                .map(ServeEvent::getRequest)
                .filter(request -> request.queryParameter("application_id").isPresent()
                        && request.queryParameter("application_id").values().contains(number))
                .count();
    }

    private static MappingBuilder authorised(MappingBuilder request) {
        return request.withHeader("X-RDV-OPT-AUTH-TOKEN", equalTo(API_TOKEN));
    }
}
