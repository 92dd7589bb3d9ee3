package fr.creneau.notification.support;

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

/** Twilio's Messages API as WireMock plays it: accepts any message and answers with a fresh SID. */
public final class FakeTwilio {

    private FakeTwilio() {
    }

    public static String messagesPath(String accountSid) {
        return "/2010-04-01/Accounts/" + accountSid + "/Messages.json";
    }

    public static void acceptMessages(WireMockServer twilio, String accountSid) {
        twilio.stubFor(post(urlEqualTo(messagesPath(accountSid))).atPriority(10)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"sid":"SM{{randomValue length=32 type='HEXADECIMAL'}}","status":"queued",
                                 "account_sid":"%s"}""".formatted(accountSid))));
    }

    /** The form of every message sent to {@code to}. */
    public static List<Map<String, String>> messagesTo(WireMockServer twilio, String accountSid, String to) {
        return twilio.findAll(postRequestedFor(urlEqualTo(messagesPath(accountSid)))).stream()
                .map(FakeTwilio::form)
                .filter(form -> to.equals(form.get("To")))
                .toList();
    }

    public static Map<String, String> form(LoggedRequest request) {
        return Arrays.stream(request.getBodyAsString().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (a, b) -> a));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
