package fr.creneau.booking.voice.domain;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An ANTS pre-application number (10 letters or digits) typed on a phone's keypad: a digit is typed as itself; a
 * letter is the star key, then the key that carries it, then its place on that key, as printed on phones: star 2 1
 * is A, star 2 2 is B, star 7 4 is S, star 9 4 is Z. The star makes it unambiguous: "2 1" alone is two digits.
 */
public final class AntsKeypad {

    public static final String HOW_TO = "Tapez les 10 caractères du numéro, puis la touche dièse. Un chiffre se tape "
            + "tel quel. Pour une lettre, tapez étoile, puis la touche où est écrite la lettre, puis sa place sur cette "
            + "touche : par exemple étoile 2 1 pour A, étoile 2 2 pour B, étoile 7 4 pour S.";
    /** The most keys a number can take: ten letters of three keys each. */
    public static final int MOST_KEYS = 30;
    private static final String[] LETTERS = {"", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"};

    private AntsKeypad() {
    }

    /** The number typed, in capitals, or empty when the keys are not ten characters written this way. */
    public static Optional<String> read(String keys) {
        if (keys == null) {
            return Optional.empty();
        }
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < keys.length(); i++) {
            char key = keys.charAt(i);
            if (Character.isDigit(key)) {
                number.append(key);
            } else if (key == '*' && i + 2 < keys.length() && letter(keys.charAt(i + 1), keys.charAt(i + 2)) != 0) {
                number.append(letter(keys.charAt(i + 1), keys.charAt(i + 2)));
                i += 2;
            } else {
                return Optional.empty();
            }
        }
        return number.length() == 10 ? Optional.of(number.toString()) : Optional.empty();
    }

    /** The number said character by character, letters announced: "lettre A, lettre B, 1, 2...". */
    public static String spelled(String number) {
        return number.chars().mapToObj(c -> Character.isLetter(c) ? "lettre " + (char) c : String.valueOf((char) c))
                .collect(Collectors.joining(", "));
    }

    private static char letter(char key, char place) {
        if (!Character.isDigit(key) || !Character.isDigit(place)) {
            return 0;
        }
        String onKey = LETTERS[key - '0'];
        int index = place - '1';
        return index >= 0 && index < onKey.length() ? onKey.charAt(index) : 0;
    }
}
