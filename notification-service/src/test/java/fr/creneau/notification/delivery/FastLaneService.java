package fr.creneau.notification.delivery;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.creneau.notification.support.FakeTwilio;
import fr.creneau.testsupport.TestInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.List;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A service of its own for a fast lane test: its database, its consumer groups (it reads every code, and the shared
 * service of NotificationIntegrationTest reads them too, in its database) and its fake Twilio, so that a test counts
 * the messages of its own service only. SMS only. Its test class closes it after its tests (DirtiesContext): left
 * running, it would go on reading every code of the later tests and sending them to a fake Twilio stopped by then.
 */
final class FastLaneService {

    static final String ACCOUNT_SID = "ACfast000000000000000000000000000";

    private FastLaneService() {
    }

    static WireMockServer twilio() {
        WireMockServer twilio = new WireMockServer(options().dynamicPort().globalTemplating(true));
        twilio.start();
        FakeTwilio.acceptMessages(twilio, ACCOUNT_SID);
        return twilio;
    }

    static void register(DynamicPropertyRegistry registry, String name, WireMockServer twilio) {
        TestInfrastructure.register(registry, "notification_" + name.replace('-', '_'));
        registry.add("creneau.notification.channels", () -> "SMS");
        registry.add("creneau.notification.twilio.account-sid", () -> ACCOUNT_SID);
        registry.add("creneau.notification.twilio.auth-token", () -> "secret-token");
        registry.add("creneau.notification.twilio.from", () -> "+33700000000");
        registry.add("creneau.notification.twilio.api-url", twilio::baseUrl);
        registry.add("creneau.notification.portal-url", () -> "https://rdv.example.fr");
        for (String binding : List.of("oneTimeCodes", "contacts", "bookingEvents", "planningEvents", "voiceCalls",
                "deadLetters")) {
            registry.add("spring.cloud.stream.bindings." + binding + "-in-0.group", () -> "notification-" + name);
        }
    }
}
