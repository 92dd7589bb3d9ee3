package fr.creneau.booking.ants.web;

import fr.creneau.booking.ants.adapter.AntsProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditorTokenTest {

    private static EditorToken configured(String token) {
        return new EditorToken(new AntsProperties(token, "", 100, null, null, null));
    }

    @Test
    void withoutAConfiguredTokenTheApiIsClosedEvenToAnEmptyToken() {
        assertThatThrownBy(() -> configured(null).check("")).isInstanceOf(EditorToken.NotConfigured.class);
        assertThatThrownBy(() -> configured("  ").check("  ")).isInstanceOf(EditorToken.NotConfigured.class);
    }

    @Test
    void onlyTheConfiguredTokenPasses() {
        EditorToken token = configured("le-jeton-de-l-ants");

        assertThatCode(() -> token.check("le-jeton-de-l-ants")).doesNotThrowAnyException();
        assertThatThrownBy(() -> token.check("le-jeton-de-l-ant")).isInstanceOf(EditorToken.Refused.class);
        assertThatThrownBy(() -> token.check(null)).isInstanceOf(EditorToken.Refused.class);
    }
}
