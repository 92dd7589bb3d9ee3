package fr.creneau.notification.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.creneau.testsupport.twilio.TwilioMessagesApi;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/** Twilio's Messages API as WireMock plays it: accepts any message and answers with a fresh SID. */
public final class FakeTwilio {

    private FakeTwilio() {
    }

    public static String messagesPath(String accountSid) {
        return TwilioMessagesApi.path(accountSid);
    }

    /** Accepts every message, as the sender's number configured for the tests. */
    public static void acceptMessages(WireMockServer twilio, String accountSid) {
        twilio.stubFor(post(urlEqualTo(messagesPath(accountSid))).atPriority(10)
                .willReturn(TwilioMessagesApi.queued(accountSid, "+33700000000")));
    }

    /** The form of every message sent to {@code to}. */
    public static List<Map<String, String>> messagesTo(WireMockServer twilio, String accountSid, String to) {
        return twilio.findAll(postRequestedFor(urlEqualTo(messagesPath(accountSid)))).stream()
                .map(FakeTwilio::form)
                .filter(form -> to.equals(form.get("To")))
                .toList();
    }

    public static Map<String, String> form(LoggedRequest request) {
        return TwilioMessagesApi.form(request.getBodyAsString());
    }
}
