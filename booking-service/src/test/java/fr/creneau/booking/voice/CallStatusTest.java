package fr.creneau.booking.voice;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.testsupport.KafkaProbe;
import fr.creneau.testsupport.ScriptedCaller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Twilio's call-status callback: a call that ended goes to voice.calls with its minutes, each minute started. */
class CallStatusTest extends BookingIntegrationTest {

    private static final String FIN = VoiceLineSetup.PUBLIC_URL + "/api/booking/voice/fin-appel";

    @LocalServerPort
    int port;

    @Test
    void aCallThatEndedIsPublishedWithItsCommuneAndTheMinutesStarted() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);
        String mobile = VoiceLineSetup.mobile();
        ScriptedCaller caller = line.caller(mobile);
        caller.dial();

        try (KafkaProbe calls = new KafkaProbe("voice.calls")) {
            assertThat(caller.hangUp(61).status()).isEqualTo(204);

            ConsumerRecord<String, String> ended = calls.await(
                    json -> caller.callSid().equals(json.path("eventId").asText()), Duration.ofSeconds(30));
            JsonNode call = KafkaProbe.parse(ended.value());
            assertThat(ended.key()).isEqualTo(line.feed.communeId);
            assertThat(call.path("communeId").asText()).isEqualTo(line.feed.communeId);
            assertThat(call.path("durationSeconds").asInt()).isEqualTo(61);
            assertThat(call.path("minutes").asInt()).isEqualTo(2);
            assertThat(ended.value()).doesNotContain(mobile.substring(1));
        }
    }

    @Test
    void aCallNotAnsweredIsOnlyAcknowledged() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);
        ScriptedCaller caller = line.caller(VoiceLineSetup.mobile());

        try (KafkaProbe calls = new KafkaProbe("voice.calls")) {
            assertThat(caller.post(FIN, Map.of("CallStatus", "no-answer"), VoiceLineSetup.TOKEN).status())
                    .isEqualTo(204);
            assertThat(calls.drain(Duration.ofSeconds(3))).noneMatch(
                    record -> record.value().contains(caller.callSid()));
        }
    }

    @Test
    void aCallbackWithoutADurationOrForAnotherNumberIsRefusedInFrench() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);

        ScriptedCaller.Answer noDuration = line.caller(VoiceLineSetup.mobile())
                .post(FIN, Map.of("CallStatus", "completed", "CallDuration", "une minute"), VoiceLineSetup.TOKEN);
        assertThat(noDuration.status()).isEqualTo(400);
        assertThat(noDuration.contentType()).startsWith("application/problem+json");
        assertThat(noDuration.body()).contains("CallDuration");

        ScriptedCaller.Answer elsewhere = new ScriptedCaller(VoiceLineSetup.PUBLIC_URL, "http://localhost:" + port,
                VoiceLineSetup.TOKEN, VoiceLineSetup.mobile(), "+33999999999").hangUp(30);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.body()).contains("n'est la ligne d'aucune commune");
    }

    @Test
    void anUnsignedCallbackIsRefused() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);

        assertThat(line.caller(VoiceLineSetup.mobile())
                .post(FIN, Map.of("CallStatus", "completed", "CallDuration", "600"), null).status()).isEqualTo(403);
    }
}
