package fr.creneau.booking.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DerivedKeyTest {

    private static final String SECRET = "a secret of the tests, long enough";

    @Test
    void withoutTheServicesSecretThereIsNoKeyAndNoDefault() {
        assertThatThrownBy(() -> DerivedKey.of("", DerivedKey.PERSONS, "la règle"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BOOKING_CODE_SECRET");
        assertThatThrownBy(() -> DerivedKey.of(null, DerivedKey.PERSONS, "la règle"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDigestDependsOnTheSecretAndTheLabelAndIsStable() {
        String digest = DerivedKey.of(SECRET, DerivedKey.PERSONS, "x").hex("+33612345678");

        assertThat(DerivedKey.of(SECRET, DerivedKey.PERSONS, "x").hex("+33612345678")).isEqualTo(digest);
        assertThat(DerivedKey.of(SECRET + "!", DerivedKey.PERSONS, "x").hex("+33612345678")).isNotEqualTo(digest);
        assertThat(DerivedKey.of(SECRET, "another use", "x").hex("+33612345678")).isNotEqualTo(digest);
        assertThat(digest).hasSize(64).doesNotContain("33612345678");
    }
}
