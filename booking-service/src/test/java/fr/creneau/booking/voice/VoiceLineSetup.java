package fr.creneau.booking.voice;

import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.testsupport.ScriptedCaller;
import fr.creneau.planning.api.CommuneSubscriptionChanged;
import fr.creneau.testsupport.ServiceClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A commune with one type, its counter open on one day, and its voice line on, as the voice tests need it. */
final class VoiceLineSetup {

    static final String PUBLIC_URL = "https://rdv.villeneuve.example";
    static final String TOKEN = "voice-tests-auth-token";
    static final String TRANSFER = "+33450000000";

    final PlanningFeed feed = new PlanningFeed();
    final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(7);
    final String lineNumber = "+3345" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    final ServiceClient service;
    final int port;

    VoiceLineSetup(int port, int agents) {
        this(port, agents, false);
    }

    /** {@code antsNumbers}: the commune's type asks for one ANTS pre-application number per person. */
    VoiceLineSetup(int port, int agents, boolean antsNumbers) {
        this.port = port;
        this.service = ServiceClient.on(port, "");
        (antsNumbers ? feed.catalogWithAntsNumbers() : feed.catalog(false)).forEach(feed::send);
        feed.send(feed.opening(day, agents, Instant.now()));
        String availability = "/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(feed.communeId, feed.typeId, day, day);
        await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(service.get(availability).body().path("slots").size()).isEqualTo(9));
        service.asTheGateway().put("/api/booking/agent/communes/%s/voice-line".formatted(feed.communeId),
                Map.of("phoneNumber", lineNumber, "transferNumber", TRANSFER, "enabled", true,
                        "openingHours", "du lundi au vendredi de 8 heures 30 à 12 heures")).expect(200);
        subscribe(true);
    }

    /** The commune's subscription, as the operator sets it in planning-service, with or without the voice option. */
    void subscribe(boolean voice) {
        feed.send(new CommuneSubscriptionChanged(UUID.randomUUID().toString(), Instant.now(), feed.communeId,
                "UP_TO_10000", 10, true, voice));
        String line = "/api/booking/agent/communes/%s/voice-line".formatted(feed.communeId);
        await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(service.asTheGateway().get(line).expect(200).body().path("offered").asBoolean())
                        .isEqualTo(voice));
    }

    ScriptedCaller caller(String from) {
        return new ScriptedCaller(PUBLIC_URL, "http://localhost:" + port, TOKEN, from, lineNumber);
    }

    static String mobile() {
        return "+336" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
    }
}
