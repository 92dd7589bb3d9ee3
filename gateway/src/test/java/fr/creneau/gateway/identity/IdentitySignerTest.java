package fr.creneau.gateway.identity;

import fr.creneau.platform.startup.MissingSetting;
import fr.creneau.platform.startup.MissingSettingFailureAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway has no identity key of its own: without one given, or with one too short, it does not start. */
class IdentitySignerTest {

    @Test
    void withoutAKeyTheGatewayStopsAndSaysWhatToSet() {
        assertThatThrownBy(() -> new IdentitySigner(new IdentityProperties(null)))
                .isInstanceOfSatisfying(MissingSetting.class, missing -> {
                    FailureAnalysis analysis = new MissingSettingFailureAnalyzer().analyze(missing);
                    assertThat(analysis.getDescription()).startsWith("CRENEAU_IDENTITY_KEY n'est pas défini");
                    assertThat(analysis.getAction()).contains("openssl rand -base64 48", "quatre services");
                });
    }

    @Test
    void aKeyTooShortToSignWithIsRefused() {
        assertThatThrownBy(() -> new IdentitySigner(new IdentityProperties("trop-courte")))
                .isInstanceOf(MissingSetting.class).hasMessageContaining("trop courte");
    }
}
