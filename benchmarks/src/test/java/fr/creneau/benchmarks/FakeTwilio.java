package fr.creneau.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import fr.creneau.testsupport.twilio.TwilioMessagesApi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Twilio's Messages API as WireMock plays it. Each SMS is kept by recipient with the moment it arrived, which is the
 * moment the code was handed to the SMS sender; WireMock's own journal is off, as it would grow with every request.
 */
final class FakeTwilio implements AutoCloseable {

    static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
    static final String AUTH_TOKEN = "benchmark-auth-token";
    static final String FROM = "+33700000000";

    private static final String MESSAGES = TwilioMessagesApi.path(ACCOUNT_SID);
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern TO = Pattern.compile("(?:^|&)To=([^&]*)");

    /** A code as it reached the fake Twilio. */
    record Sms(String code, Instant receivedAt) {
    }

    private final Map<String, Sms> latestByRecipient = new ConcurrentHashMap<>();
    private final WireMockServer server = new WireMockServer(options().dynamicPort()
            .disableRequestJournal().containerThreads(32).extensions(new Recorder()));

    FakeTwilio start() {
        server.start();
        server.stubFor(post(urlEqualTo(MESSAGES)).willReturn(TwilioMessagesApi.queued(ACCOUNT_SID, FROM)));
        return this;
    }

    String url() {
        return server.baseUrl();
    }

    /** The last SMS sent to this mobile (in international form), if one came. */
    Sms latest(String mobile) {
        return latestByRecipient.get(mobile);
    }

    /** Waits for an SMS to this mobile; null after the timeout. */
    Sms await(String mobile, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Sms sms = latest(mobile);
        while (sms == null && System.nanoTime() < deadline) {
            Thread.sleep(2);
            sms = latest(mobile);
        }
        return sms;
    }

    int received() {
        return latestByRecipient.size();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Recorder implements ServeEventListener {

        @Override
        public void beforeMatch(ServeEvent event, Parameters parameters) {
            Instant now = Instant.now();
            String body = event.getRequest().getBodyAsString();
            Matcher to = TO.matcher(body);
            Matcher code = CODE.matcher(URLDecoder.decode(body, StandardCharsets.UTF_8));
            if (to.find() && code.find()) {
                latestByRecipient.put(URLDecoder.decode(to.group(1), StandardCharsets.UTF_8), new Sms(code.group(1), now));
            }
        }

        @Override
        public String getName() {
            return "sms-recorder";
        }
    }
}
