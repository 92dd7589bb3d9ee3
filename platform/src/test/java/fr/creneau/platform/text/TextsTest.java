package fr.creneau.platform.text;

import org.junit.jupiter.api.Test;

import static fr.creneau.platform.text.Texts.blankToNull;
import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void anOptionalFieldLeftEmptyIsAbsent() {
        assertThat(blankToNull(null)).isNull();
        assertThat(blankToNull("")).isNull();
        assertThat(blankToNull(" \t\n\u2003")).isNull();
    }

    @Test
    void aTextLosesItsMarginsAndKeepsWhatIsInside() {
        assertThat(blankToNull("  Jeanne  d'Arc \n")).isEqualTo("Jeanne  d'Arc");
        assertThat(blankToNull("agent-42")).isEqualTo("agent-42");
    }
}
