package fr.creneau.notification.billing;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.api.VoiceCallEnded;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The voice lines' calls, from voice.calls, in the operator's usage report beside the SMS: minutes per commune and
 * month, each minute started, each call once, priced at the default 0.01 € a minute.
 */
class VoiceMinutesInTheUsageReportTest extends NotificationIntegrationTest {

    @LocalServerPort
    int port;

    private ServiceClient operator() {
        return ServiceClient.on(port, "/api/notifications").as(AgentHeaders.platformAdmin());
    }

    private static VoiceCallEnded call(String commune, int seconds) {
        return new VoiceCallEnded("CA" + Events.newId().replace("-", ""), Instant.now(), commune, seconds,
                VoiceCallEnded.billedMinutes(seconds));
    }

    @Test
    void theMinutesStartedOfEachCallAreSummedOnceAndPricedBesideTheSms() {
        String commune = "voix-" + Events.newId().substring(0, 8);
        VoiceCallEnded first = call(commune, 61);
        Events.publish(first);
        Events.publish(first);
        Events.publish(call(commune, 30));
        Events.publish(call(commune, 0));

        await().atMost(Duration.ofSeconds(20)).until(() -> operator().get("/operator/communes/" + commune
                + "/sms-usage").body().path("voiceMinutes").asInt() == 3);
        Events.publish(call(commune, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> operator().get("/operator/communes/" + commune
                + "/sms-usage").body().path("voiceMinutes").asInt() == 4);

        JsonNode report = operator().get("/operator/communes/" + commune + "/sms-usage").expect(200).body();
        assertThat(report.path("voiceCost").decimalValue()).isEqualByComparingTo("0.04");
        assertThat(report.path("pricePerVoiceMinute").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(report.path("sms").asInt()).isZero();
    }

    @Test
    void aCommuneWhoseLineWasCalledIsInTheMonthsReportAndItsCsvEvenWithoutAnySms() {
        String commune = "voix-" + Events.newId().substring(0, 8);
        Events.publish(call(commune, 150));
        String month = YearMonth.now(ZoneId.of("Europe/Paris")).toString();
        await().atMost(Duration.ofSeconds(20)).until(() -> operator().get("/operator/communes/" + commune
                + "/sms-usage").body().path("voiceMinutes").asInt() == 3);

        JsonNode all = operator().get("/operator/sms-usage?month=" + month).expect(200).body();
        String csv = operator().rest().get().uri("/operator/sms-usage.csv?month={m}", month)
                .retrieve().body(String.class);

        assertThat(all.findValues("communeId").stream().map(JsonNode::asText)).contains(commune);
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).endsWith(";hors_budget;minutes_voix;cout_voix_euros;prix_minute_voix_euros");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(commune + ";" + month + ";0;0;0,00;")
                .endsWith(";3;0,03;0,01"));
    }

    @Test
    void aCallCountsInTheMonthItEndedIn() {
        String commune = "voix-" + Events.newId().substring(0, 8);
        Instant fortyDaysAgo = Instant.now().minus(Duration.ofDays(40));
        Events.publish(new VoiceCallEnded("CA" + Events.newId().replace("-", ""), fortyDaysAgo, commune, 600, 10));
        Events.publish(call(commune, 60));

        await().atMost(Duration.ofSeconds(20)).until(() -> operator().get("/operator/communes/" + commune
                + "/sms-usage").body().path("voiceMinutes").asInt() == 1);
        String thatMonth = YearMonth.from(fortyDaysAgo.atZone(ZoneId.of("Europe/Paris"))).toString();
        assertThat(operator().get("/operator/communes/" + commune + "/sms-usage?month=" + thatMonth).expect(200)
                .body().path("voiceMinutes").asInt()).isEqualTo(10);
    }
}
