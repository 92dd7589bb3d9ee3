package fr.creneau.testsupport.twilio;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * What every fake Twilio of the tests shares (notification-service's, the whole stack's, the faults' and the
 * benchmarks'): the Messages API's path, its "201 queued" answer as the SDK reads it, and the form fields an SMS is
 * posted with. Each fake keeps what its tests need of the SMS it receives.
 */
public final class TwilioMessagesApi {

    private TwilioMessagesApi() {
    }

    public static String path(String accountSid) {
        return "/2010-04-01/Accounts/" + accountSid + "/Messages.json";
    }

    /** Twilio's answer to an accepted message, with a fresh SID each (WireMock's response template). */
    public static ResponseDefinitionBuilder queued(String accountSid, String from) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody(queuedJson(accountSid, "SM{{randomValue length=32 type='HEXADECIMAL'}}", from, "+33612345678"));
    }

    /** The JSON of Twilio's 201 for an accepted message, as the SDK parses it. */
    public static String queuedJson(String accountSid, String messageSid, String from, String to) {
        return """
                {"sid": "%s", "account_sid": "%s", "from": "%s",
                 "to": "%s", "body": "", "status": "queued", "num_segments": "1",
                 "direction": "outbound-api", "api_version": "2010-04-01",
                 "date_created": "Mon, 23 Nov 2026 10:00:00 +0000",
                 "uri": "/2010-04-01/Accounts/%s/Messages/%s.json"}
                """.formatted(messageSid, accountSid, from, to, accountSid, messageSid);
    }

    /** An SMS's form fields (To, From, Body, StatusCallback...), decoded; a field given twice keeps its first value. */
    public static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (first, second) -> first));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
