package fr.creneau.e2e;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** Twilio's Messages API as WireMock plays it: accepts every SMS and keeps it for the test to read. */
final class FakeTwilio {

    static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
    static final String AUTH_TOKEN = "e2e-auth-token";
    static final String FROM = "+33700000000";

    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    FakeTwilio start() {
        server.start();
        server.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"sid": "SM0123456789abcdef0123456789abcdef", "account_sid": "%s", "from": "%s",
                         "to": "+33612345678", "body": "", "status": "queued", "num_segments": "1",
                         "direction": "outbound-api", "api_version": "2010-04-01",
                         "date_created": "Mon, 23 Nov 2026 10:00:00 +0000",
                         "uri": "/2010-04-01/Accounts/%s/Messages/SM0123456789abcdef0123456789abcdef.json"}
                        """.formatted(ACCOUNT_SID, FROM, ACCOUNT_SID))));
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
        return server.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream().map(FakeTwilio::form).toList();
    }

    private static Map<String, String> form(LoggedRequest request) {
        return Arrays.stream(request.getBodyAsString().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (first, second) -> first));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
