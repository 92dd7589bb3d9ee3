package fr.creneau.booking.support;

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
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A local ANTS coordination API (WireMock), speaking its protocol: {@code GET /api/status}, {@code POST} and
 * {@code DELETE /api/appointments}, a 401 with a JSON {@code detail} for a wrong {@code X-RDV-OPT-AUTH-TOKEN}. Each
 * test gives its numbers their status; {@link #down()} makes it answer 503 until {@link #up()}.
 */
public final class FakeAnts {

    public static final String API_TOKEN = "fake-ants-api-token";
    public static final String EDITOR_TOKEN = "fake-ants-editor-token";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private StubMapping outage;

    public static FakeAnts started() {
        FakeAnts ants = new FakeAnts();
        ants.server.start();
        ants.server.stubFor(any(urlPathMatching("/api/.*")).atPriority(9)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\":\"X-RDV-OPT-AUTH-TOKEN header invalid\"}")));
        ants.server.stubFor(authorised(post(urlPathEqualTo("/api/appointments"))).atPriority(5)
                .willReturn(okJson("{\"success\": true}")));
        ants.server.stubFor(authorised(delete(urlPathEqualTo("/api/appointments"))).atPriority(5)
                .willReturn(okJson("{\"success\": true}")));
        return ants;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** A number of 10 capitals and digits nobody else uses. */
    public static String newNumber() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** The ANTS answers {@code status} for {@code number}, with these appointments elsewhere (JSON objects). */
    public void status(String number, String status, String... appointmentsElsewhere) {
        server.stubFor(authorised(get(urlPathEqualTo("/api/status")))
                .withQueryParam("application_ids", equalTo(number)).atPriority(5)
                .willReturn(okJson("{\"%s\": {\"status\": \"%s\", \"appointments\": [%s]}}"
                        .formatted(number, status, String.join(",", appointmentsElsewhere)))));
    }

    public void down() {
        outage = server.stubFor(any(urlPathMatching("/api/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("maintenance")));
    }

    public void up() {
        if (outage != null) {
            server.removeStub(outage);
            outage = null;
        }
    }

    /** The declarations ({@code POST}) or withdrawals ({@code DELETE}) the ANTS accepted for {@code number}. */
    public List<LoggedRequest> appointments(String method, String number) {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getResponse().getStatus() == 200)
                .map(ServeEvent::getRequest)
                .filter(request -> request.getUrl().startsWith("/api/appointments"))
                .filter(request -> request.getMethod().getName().equals(method))
                .filter(request -> values(request, "application_id").contains(number))
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    /** Every request about {@code number}, accepted or not, in order. */
    public List<LoggedRequest> requestsAbout(String number) {
        return server.findAll(anyRequestedFor(urlPathMatching("/api/.*"))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .filter(request -> values(request, "application_id").contains(number)
                        || values(request, "application_ids").contains(number))
                .toList();
    }

    private static List<String> values(LoggedRequest request, String name) {
        return request.queryParameter(name).isPresent() ? request.queryParameter(name).values() : List.of();
    }

    private static MappingBuilder authorised(MappingBuilder request) {
        return request.withHeader("X-RDV-OPT-AUTH-TOKEN", equalTo(API_TOKEN));
    }
}
