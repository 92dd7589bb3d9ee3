package fr.creneau.e2e;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a message reads as French: French words or accents, and none of the English a framework would write. */
final class French {

    private static final Pattern FRENCH = Pattern.compile(
            "[éèêàâçùûôîï]|\\b(le|la|les|l'|un|une|des|du|de|d'|est|sont|n'|pas|ne|au|aux|ce|cette|votre|vous|champ|"
                    + "requête|adresse|corps|valeur|caractère|accès|introuvable|obligatoire)\\b");
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|is|are|must|not found|cannot|could not|failed|required|invalid|error|request|bad|unsupported|"
                    + "missing|type definition)\\b");

    private French() {
    }

    static boolean isFrench(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return !lower.isBlank() && FRENCH.matcher(lower).find() && !ENGLISH.matcher(lower).find();
    }
}
