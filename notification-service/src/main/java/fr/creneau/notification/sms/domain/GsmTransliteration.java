package fr.creneau.notification.sms.domain;

import java.util.Map;

/**
 * Replaces the French characters that GSM-7 lacks by their closest GSM-7 form (ê by e, ç by c, « by ", the narrow
 * no-break space by a space...), as Twilio's "smart encoding" would, but here, so that the length and cost shown
 * for a text are those of what is sent. Without it one "août" or "êtes" turns the whole SMS into UCS-2 and halves
 * the characters per SMS. Characters with no GSM-7 form (emoji) are left alone.
 */
public final class GsmTransliteration {

    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('ê', "e"), Map.entry('ë', "e"), Map.entry('â', "a"), Map.entry('î', "i"), Map.entry('ï', "i"),
            Map.entry('ô', "o"), Map.entry('û', "u"), Map.entry('ç', "c"), Map.entry('ÿ', "y"),
            Map.entry('Ê', "E"), Map.entry('Ë', "E"), Map.entry('È', "E"), Map.entry('Â', "A"), Map.entry('À', "A"),
            Map.entry('Î', "I"), Map.entry('Ï', "I"), Map.entry('Ô', "O"), Map.entry('Û', "U"), Map.entry('Ù', "U"),
            Map.entry('œ', "oe"), Map.entry('Œ', "OE"),
            Map.entry('«', "\""), Map.entry('»', "\""), Map.entry('“', "\""), Map.entry('”', "\""),
            Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('…', "..."),
            Map.entry('\u00A0', " "), Map.entry('\u202F', " "));

    private GsmTransliteration() {
    }

    public static String apply(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = REPLACEMENTS.get(c);
            if (replacement == null) {
                out.append(c);
            } else {
                out.append(replacement);
            }
        }
        return out.toString();
    }
}
