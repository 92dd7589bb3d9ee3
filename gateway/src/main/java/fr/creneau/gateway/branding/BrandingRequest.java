package fr.creneau.gateway.branding;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The commune's colours and logo address. {@code color} null: the platform's colours. {@code textColor} null: the
 * text colour is derived from {@code color} (white or dark, whichever reads at 4.5:1); given, the pair must reach
 * 4.5:1 (WCAG 2.1 AA for text) or it is refused.
 */
record BrandingRequest(String color, String textColor, String logoUrl, String logoAlt) {

    private static final int LONGEST_URL = 500;
    private static final int LONGEST_ALT = 200;

    /** The colours and address to keep, checked; a refusal otherwise. */
    Settings checked() {
        Colour main = colour("color", color);
        Colour text = colour("textColor", textColor);
        if (text != null && main == null) {
            throw new BrandingRefused("textColor", "une couleur de texte va avec une couleur principale (color)");
        }
        if (main != null && text != null && main.contrastWith(text) < Colour.AA_TEXT) {
            throw new BrandingRefused("textColor", ("le texte %s sur la couleur %s n'a qu'un contraste de %s:1 ; il faut "
                    + "4,5:1 au moins pour qu'il se lise (RGAA, critère 3.2). Laissez la couleur du texte vide pour "
                    + "qu'elle soit choisie lisible.").formatted(text.hex(), main.hex(), ratio(main.contrastWith(text))));
        }
        return new Settings(main, main == null ? null : text != null ? text : main.readableText(), url(), alt());
    }

    record Settings(Colour color, Colour textColor, String logoUrl, String logoAlt) {
    }

    private static Colour colour(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Colour colour = Colour.parse(value);
        if (colour == null) {
            throw new BrandingRefused(field, "une couleur s'écrit #rrggbb, par exemple #005a9c");
        }
        return colour;
    }

    private String url() {
        if (logoUrl == null || logoUrl.isBlank()) {
            return null;
        }
        String url = logoUrl.strip();
        try {
            URI uri = new URI(url);
            if (url.length() > LONGEST_URL || !"https".equals(uri.getScheme() == null ? null
                    : uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                throw new URISyntaxException(url, "not https");
            }
        } catch (URISyntaxException e) {
            throw new BrandingRefused("logoUrl", "l'adresse du logo commence par https:// (500 caractères au plus)");
        }
        return url;
    }

    private String alt() {
        if (logoAlt == null || logoAlt.isBlank()) {
            return null;
        }
        if (logoAlt.strip().length() > LONGEST_ALT) {
            throw new BrandingRefused("logoAlt", "le texte du logo fait 200 caractères au plus");
        }
        return logoAlt.strip();
    }

    private static String ratio(double value) {
        return String.format(Locale.FRANCE, "%.2f", Math.floor(value * 100) / 100);
    }
}
