package fr.creneau.platform.identity;

import fr.creneau.platform.startup.MissingSetting;
import fr.creneau.platform.startup.MissingSettingFailureAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** A service never starts without the gateway's key, nor with one too short to sign with. */
class IdentityKeyAtStartupTest {

    private final WebApplicationContextRunner service = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AgentAccessAutoConfiguration.class));

    @Test
    void withoutAKeyTheServiceStopsAndSaysWhatToSet() {
        service.run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new MissingSettingFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("CRENEAU_IDENTITY_KEY n'est pas défini");
            assertThat(analysis.getAction()).contains("openssl rand -base64 48", "./creneau");
        });
    }

    @Test
    void aKeyTooShortToSignWithIsRefusedToo() {
        service.withPropertyValues("creneau.identity.key=court").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(MissingSetting.class)
                    .hasMessageContaining("trop courte");
        });
    }

    @Test
    void withTheKeyTheServiceStarts() {
        service.withPropertyValues("creneau.identity.key=une-clé-de-service-assez-longue-pour-hmac")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
