package fr.creneau.gateway.branding;

import java.util.Locale;
import java.util.regex.Pattern;

/** A colour as #rrggbb, with its relative luminance and contrast ratio as WCAG 2.1 defines them. */
record Colour(String hex) {

    // first: the constants below are checked against it
    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    static final Colour WHITE = new Colour("#ffffff");
    static final Colour DARK = new Colour("#161616");
    static final Colour BLACK = new Colour("#000000");
    /** WCAG 2.1 AA, success criterion 1.4.3: normal text. */
    static final double AA_TEXT = 4.5;

    Colour {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a #rrggbb colour");
        }
    }

    /** The colour written #rrggbb or #RRGGBB, or null when it is not one. */
    static Colour parse(String text) {
        if (text == null) {
            return null;
        }
        String hex = text.strip().toLowerCase(Locale.ROOT);
        return HEX.matcher(hex).matches() ? new Colour(hex) : null;
    }

    double luminance() {
        return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    }

    double contrastWith(Colour other) {
        double lighter = Math.max(luminance(), other.luminance());
        double darker = Math.min(luminance(), other.luminance());
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** White when it reads well on this colour, else the pages' dark grey, else black (which always does). */
    Colour readableText() {
        if (contrastWith(WHITE) >= AA_TEXT) {
            return WHITE;
        }
        return contrastWith(DARK) >= AA_TEXT ? DARK : BLACK;
    }

    private double channel(int index) {
        double value = Integer.parseInt(hex.substring(index, index + 2), 16) / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
