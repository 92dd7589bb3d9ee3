package fr.creneau.booking.voice;

import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.testsupport.ScriptedCaller;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Callers who withhold their number share a budget per line called, with the limits as they ship (20 an hour). */
class HiddenCallersTest extends BookingIntegrationTest {

    private static final int HIDDEN_CALLS_PER_LINE = 20;

    @LocalServerPort
    int port;

    @Test
    void hiddenCallersShareOneBudgetPerLineThenAreToldToCallBackWithTheirNumberShown() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);
        for (int call = 0; call < HIDDEN_CALLS_PER_LINE; call++) {
            String from = call % 2 == 0 ? "Anonymous" : "+266696687";
            assertThat(line.caller(from).dial().said()).as("hidden call %d", call + 1).startsWith("Bienvenue");
        }

        ScriptedCaller.Answer refused = line.caller("").dial();

        assertThat(refused.said()).startsWith("Trop d'appels à numéro masqué en peu de temps.");
        assertThat(refused.hungUp()).isTrue();
        assertThat(line.caller("+86282452253").dial().said()).startsWith("Trop d'appels à numéro masqué");
    }

    @Test
    void theHiddenCallersOfOneLineLeaveShownNumbersAndOtherCommunesLinesAlone() {
        VoiceLineSetup busy = new VoiceLineSetup(port, 1);
        for (int call = 0; call <= HIDDEN_CALLS_PER_LINE; call++) {
            busy.caller("Restricted").dial();
        }
        assertThat(busy.caller("Restricted").dial().said()).startsWith("Trop d'appels à numéro masqué");

        assertThat(busy.caller(VoiceLineSetup.mobile()).dial().said()).startsWith("Bienvenue");
        assertThat(new VoiceLineSetup(port, 1).caller("Restricted").dial().said()).startsWith("Bienvenue");
    }
}
