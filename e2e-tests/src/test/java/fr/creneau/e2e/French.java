package fr.creneau.e2e;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a message reads as French: French words or accents, and none of the English a framework would write. */
final class French {

    private static final Pattern FRENCH = Pattern.compile(
            "[éèêàâçùûôîï]|\\b(le|la|les|l'|un|une|des|du|de|d'|est|sont|n'|pas|ne|au|aux|ce|cette|votre|vous|champ|"
                    + "requête|adresse|corps|valeur|caractère|accès|introuvable|obligatoire)\\b");
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|is|are|must|not found|cannot|could not|failed|required|invalid|error|request|bad|unsupported|"
                    + "missing|type definition)\\b");

    // Accents, quotes and French words no English sentence has, as English pages read them.
    private static final Pattern ON_AN_ENGLISH_PAGE =
            Pattern.compile("[éèêàçùâîôû«»]|\\s(le|la|les|des|une|du|pour|vous|est|aucun)\\s");

    private French() {
    }

    /**
     * What reads as French in a page's title, text (hidden parts included) and labels, outside {@code lang="fr"}, once
     * the software's name and the given data (the test's own, named as the commune wrote them) are left out: each
     * with 40 characters around it.
     */
    static List<String> onPage(Browser browser, Collection<String> data) {
        String text = (String) browser.driver.executeScript("""
                const copy = document.body.cloneNode(true);
                copy.querySelectorAll('script, style, [lang=fr]').forEach((n) => n.remove());
                const labels = [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
                  .filter((n) => !n.closest('[lang=fr]'))
                  .flatMap((n) => ['aria-label', 'placeholder', 'title'].map((a) => n.getAttribute(a) || ''));
                return [document.title, copy.textContent, ...labels].join(' \\n ');""");
        String cleaned = text.replace("Créneau", "");
        for (String value : data) {
            cleaned = cleaned.replace(value, "");
        }
        String flat = cleaned.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        Matcher matcher = ON_AN_ENGLISH_PAGE.matcher(flat);
        while (matcher.find()) {
            found.add(flat.substring(Math.max(0, matcher.start() - 40), Math.min(flat.length(), matcher.end() + 40)));
        }
        return found;
    }

    static boolean isFrench(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return !lower.isBlank() && FRENCH.matcher(lower).find() && !ENGLISH.matcher(lower).find();
    }
}
