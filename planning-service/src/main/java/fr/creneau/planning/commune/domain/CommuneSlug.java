package fr.creneau.planning.commune.domain;

import java.util.regex.Pattern;

/** A commune's id, as it appears in addresses: lower-case letters, digits and dashes ({@code villeneuve-sur-lot}). */
public final class CommuneSlug {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private CommuneSlug() {
    }

    public static String check(String slug) {
        if (slug == null || slug.length() > 60 || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(("L'identifiant de commune « %s » est invalide : lettres minuscules "
                    + "sans accent, chiffres et tirets, 60 caractères au plus (par exemple villeneuve-sur-lot).")
                    .formatted(slug));
        }
        return slug;
    }
}
