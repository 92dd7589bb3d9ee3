package fr.creneau.booking.voice.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AntsKeypadTest {

    @Test
    void aDigitIsItselfAndALetterIsStarKeyAndPlace() {
        assertThat(AntsKeypad.read("*21*2212345*74*94*71")).contains("AB12345SZP");
    }

    @Test
    void refusesTenCharactersNotReachedOrPassed() {
        assertThat(AntsKeypad.read("123456789")).isEmpty();
        assertThat(AntsKeypad.read("12345678901")).isEmpty();
        assertThat(AntsKeypad.read(null)).isEmpty();
    }

    @Test
    void refusesAPlaceThatIsNoLetterOnTheKey() {
        assertThat(AntsKeypad.read("*24" + "123456789")).as("2 carries three letters").isEmpty();
        assertThat(AntsKeypad.read("*11" + "123456789")).as("1 carries none").isEmpty();
        assertThat(AntsKeypad.read("123456789*2")).as("a letter cut short").isEmpty();
        assertThat(AntsKeypad.read("123456789#")).isEmpty();
    }

    @Test
    void readsTheNumberBackCharacterByCharacter() {
        assertThat(AntsKeypad.spelled("AB12")).isEqualTo("lettre A, lettre B, 1, 2");
    }
}
