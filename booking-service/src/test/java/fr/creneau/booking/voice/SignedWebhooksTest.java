package fr.creneau.booking.voice;

import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.testsupport.ScriptedCaller;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Only Twilio, signing with the account's auth token over the public URL, is answered. */
class SignedWebhooksTest extends BookingIntegrationTest {

    private static final String APPEL = VoiceLineSetup.PUBLIC_URL + "/api/booking/voice/appel";

    @LocalServerPort
    int port;

    @Test
    void anUnsignedRequestIsRefused() {
        ScriptedCaller.Answer answer = caller().post(APPEL, Map.of(), null);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("Signature Twilio absente ou invalide.");
    }

    @Test
    void aRequestSignedWithAnotherTokenIsRefused() {
        assertThat(caller().post(APPEL, Map.of(), "another-account-token").status()).isEqualTo(403);
    }

    @Test
    void aStateChangedInTheQueryBreaksTheSignature() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);
        ScriptedCaller caller = line.caller(VoiceLineSetup.mobile());
        caller.dial();
        String action = caller.press("1").gatherAction();
        assertThat(action).contains("motif=" + line.feed.typeId);

        ScriptedCaller.Answer signedForTheRealOne = caller.post(action, Map.of("Digits", "1"), VoiceLineSetup.TOKEN);
        assertThat(signedForTheRealOne.status()).isEqualTo(200);
        ScriptedCaller.Answer tampered = caller.send(action, action.replace("motif=", "motif=x"), Map.of("Digits", "1"),
                VoiceLineSetup.TOKEN);
        assertThat(tampered.status()).isEqualTo(403);
    }

    @Test
    void aSignatureForAnotherAddressIsRefused() {
        ScriptedCaller caller = new ScriptedCaller("https://attacker.example", "http://localhost:" + port,
                VoiceLineSetup.TOKEN, VoiceLineSetup.mobile(), "+33100000000");

        assertThat(caller.post("https://attacker.example/api/booking/voice/appel", Map.of(), VoiceLineSetup.TOKEN)
                .status()).isEqualTo(403);
    }

    private ScriptedCaller caller() {
        return new ScriptedCaller(VoiceLineSetup.PUBLIC_URL, "http://localhost:" + port, VoiceLineSetup.TOKEN,
                VoiceLineSetup.mobile(), "+33100000000");
    }
}
