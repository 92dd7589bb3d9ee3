package fr.creneau.faults;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import fr.creneau.testsupport.twilio.TwilioMessagesApi;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Twilio's Messages API as WireMock plays it, in one of three moods: it accepts every SMS, it answers 500, or it
 * takes longer to answer than the SDK waits. An SMS counts as sent when it was accepted, and as perhaps sent when
 * the answer came too late: a real Twilio may have sent it all the same.
 */
final class FakeTwilio {

    static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
    static final String AUTH_TOKEN = "fault-auth-token";
    static final String FROM = "+33700000000";

    private static final String MESSAGES = TwilioMessagesApi.path(ACCOUNT_SID);
    private static final String SENT = "accepted";
    private static final String TOO_LATE = "too-late";

    private final WireMockServer server = new WireMockServer(options().dynamicPort().containerThreads(64));

    FakeTwilio start() {
        server.start();
        accept();
        return this;
    }

    void stop() {
        server.stop();
    }

    String url() {
        return server.baseUrl();
    }

    void accept() {
        server.resetMappings();
        server.stubFor(post(urlEqualTo(MESSAGES)).withName(SENT).willReturn(created()));
    }

    void answerServerError() {
        server.resetMappings();
        server.stubFor(post(urlEqualTo(MESSAGES)).withName("error").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 500}")));
    }

    /** Answers after 40 s: the SDK gives up at 30.5 s (its socket timeout). */
    void timeOut() {
        server.resetMappings();
        server.stubFor(post(urlEqualTo(MESSAGES)).withName(TOO_LATE).willReturn(created().withFixedDelay(40_000)));
    }

    /** The SMS accepted, as their decoded form fields (To, Body...). */
    List<Map<String, String>> sent() {
        return served(SENT);
    }

    /** The SMS answered too late: sent or not, nobody knows. */
    List<Map<String, String>> perhapsSent() {
        return served(TOO_LATE);
    }

    private List<Map<String, String>> served(String stub) {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getStubMapping() != null && stub.equals(event.getStubMapping().getName()))
                .map(ServeEvent::getRequest)
                .map(request -> TwilioMessagesApi.form(request.getBodyAsString()))
                .toList();
    }

    private static ResponseDefinitionBuilder created() {
        return TwilioMessagesApi.queued(ACCOUNT_SID, FROM);
    }
}
