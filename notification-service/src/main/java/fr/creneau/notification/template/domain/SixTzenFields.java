package fr.creneau.notification.template.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered merge fields of a 6tzen installation, {@code {0}} to {@code {7}} (its administration guide), read as
 * the named fields they stand for, so that a commune moving in pastes its texts as they are. 6tzen's date carries the
 * time; Créneau has no kind of counter, and a counter's kind is the kind of appointment it takes, so {@code {5}}
 * reads as the appointment type.
 */
final class SixTzenFields {

    private static final Pattern NUMBERED = Pattern.compile("\\{([0-7])}");
    private static final Map<String, String> NAMED = Map.of(
            "0", "{beneficiaire}",
            "1", "{date} à {heure}",
            "2", "{guichet}",
            "3", "{lieu}",
            "4", "{adresse}",
            "5", "{type}",
            "6", "{duree}",
            "7", "{date_precedente}");

    private SixTzenFields() {
    }

    static String named(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher matcher = NUMBERED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(NAMED.get(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
