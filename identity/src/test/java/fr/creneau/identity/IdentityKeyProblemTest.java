package fr.creneau.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityKeyProblemTest {

    @Test
    void noKeyOrABlankOneSaysWhatToSetAndEndsWithWhatItStops() {
        for (String key : new String[] {null, "", "   "}) {
            IdentityKeyProblem problem = IdentityKeyProblem.of(key, ", et sans elle rien ne marche").orElseThrow();
            assertThat(problem.description()).startsWith("CRENEAU_IDENTITY_KEY n'est pas défini")
                    .endsWith("signe l'identité des agents, et sans elle rien ne marche.");
            assertThat(problem.action()).contains("openssl rand -base64 48", "quatre services", "./creneau");
        }
    }

    @Test
    void aKeyShorterThanTheHashIsTooShort() {
        assertThat(IdentityKeyProblem.of("a".repeat(31), "").orElseThrow().description()).contains("trop courte", "32");
    }

    @Test
    void aKeyOfThirtyTwoBytesIsFine() {
        assertThat(IdentityKeyProblem.of("é".repeat(16), "")).isEmpty();
    }
}
