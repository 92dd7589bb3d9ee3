package fr.creneau.booking.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigitsTest {

    @Test
    void aNumberWithLeadingZerosIsPaddedToItsWidth() {
        assertThat(Digits.padded(0, 6)).isEqualTo("000000");
        assertThat(Digits.padded(42, 6)).isEqualTo("000042");
        assertThat(Digits.padded(99_999, 6)).isEqualTo("099999");
        assertThat(Digits.padded(999_999, 6)).isEqualTo("999999");
    }

    @Test
    void itWritesWhatFormatWroteForEveryCode() {
        for (int code = 0; code < 1_000_000; code += 7) {
            assertThat(Digits.padded(code, 6)).isEqualTo("%06d".formatted(code));
        }
    }

    @Test
    void aNegativeNumberIsRefused() {
        assertThatThrownBy(() -> Digits.padded(-1, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
