package fr.creneau.notification.sms.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GsmTransliterationTest {

    @Test
    void frenchLettersMissingFromGsm7AreReplacedByTheirClosestForm() {
        assertThat(GsmTransliteration.apply("Vous n’êtes pas venu(e) le 12 août, « désolé » ça arrive"))
                .isEqualTo("Vous n'etes pas venu(e) le 12 aout, \" désolé \" ca arrive");
    }

    @Test
    void aTextWithOnlyFrenchLettersStaysInGsm7OnceTransliterated() {
        String text = GsmTransliteration.apply("Fête de la mairie le samedi 15 août à 14h00, où êtes-vous ?");

        assertThat(SmsSegments.of(text).encoding()).isEqualTo(SmsSegments.Encoding.GSM_7);
    }

    @Test
    void anEmojiHasNoGsm7FormAndKeepsTheTextInUcs2() {
        assertThat(SmsSegments.of(GsmTransliteration.apply("RDV confirmé 📅")).encoding())
                .isEqualTo(SmsSegments.Encoding.UCS_2);
    }
}
