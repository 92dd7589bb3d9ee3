package fr.creneau.e2e;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.creneau.testsupport.twilio.TwilioMessagesApi;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** Twilio's Messages API as WireMock plays it: accepts every SMS and keeps it for the test to read. */
final class FakeTwilio {

    static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
    static final String AUTH_TOKEN = "e2e-auth-token";
    static final String FROM = "+33700000000";

    private static final String MESSAGES = TwilioMessagesApi.path(ACCOUNT_SID);

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    FakeTwilio start() {
        server.start();
        server.stubFor(post(urlEqualTo(MESSAGES)).willReturn(TwilioMessagesApi.queued(ACCOUNT_SID, FROM)));
        return this;
    }

    void stop() {
        server.stop();
    }

    String url() {
        return server.baseUrl();
    }

    /** Every SMS sent so far, oldest first, as its decoded form fields (To, From, Body...). */
    List<Map<String, String>> messages() {
        return server.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream()
                .map(request -> TwilioMessagesApi.form(request.getBodyAsString())).toList();
    }
}
