package fr.creneau.gateway.branding;

import java.time.Instant;

/**
 * A commune's look as its citizen pages read it. {@code logo} is the address to show: the uploaded image when
 * there is one, else the address on the commune's site, else null. {@code inkColor} is the colour for links on
 * white: the commune's colour when it reads there at 4.5:1, else dark.
 */
record Branding(String communeId, String color, String textColor, String inkColor, String logo, String logoAlt,
                boolean logoUploaded, String logoUrl, Instant updatedAt) {

    static Branding none(String communeId) {
        return new Branding(communeId, null, null, null, null, null, false, null, null);
    }

    static Branding of(String communeId, BrandingRequest.Settings settings, String logoType, Instant updatedAt) {
        Colour color = settings.color();
        String ink = color == null ? null : color.contrastWith(Colour.WHITE) >= Colour.AA_TEXT ? color.hex()
                : Colour.DARK.hex();
        boolean uploaded = logoType != null;
        String logo = uploaded ? "/api/branding/communes/%s/logo?v=%d".formatted(communeId, updatedAt.toEpochMilli())
                : settings.logoUrl();
        return new Branding(communeId, color == null ? null : color.hex(),
                settings.textColor() == null ? null : settings.textColor().hex(), ink, logo, settings.logoAlt(),
                uploaded, settings.logoUrl(), updatedAt);
    }
}
