package fr.creneau.gateway.branding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The commune_branding table, in plain SQL. Blocking: the controller calls it on the bounded elastic threads. */
@Repository
class BrandingStore {

    private final JdbcClient jdbc;

    BrandingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Branding> find(String communeId) {
        return jdbc.sql("SELECT color, text_color, logo_url, logo_alt, logo_type, updated_at FROM commune_branding "
                        + "WHERE commune_id = :commune")
                .param("commune", communeId)
                .query((rs, row) -> Branding.of(communeId, new BrandingRequest.Settings(
                        rs.getString("color") == null ? null : new Colour(rs.getString("color")),
                        rs.getString("text_color") == null ? null : new Colour(rs.getString("text_color")),
                        rs.getString("logo_url"), rs.getString("logo_alt")),
                        rs.getString("logo_type"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    Optional<LogoImage> logo(String communeId) {
        return jdbc.sql("SELECT logo, logo_type FROM commune_branding WHERE commune_id = :commune AND logo IS NOT NULL")
                .param("commune", communeId)
                .query((rs, row) -> new LogoImage(rs.getBytes("logo"), rs.getString("logo_type")))
                .optional();
    }

    void saveSettings(String communeId, BrandingRequest.Settings settings, Instant now) {
        jdbc.sql("""
                        INSERT INTO commune_branding (commune_id, color, text_color, logo_url, logo_alt, updated_at)
                        VALUES (:commune, :color, :text, :url, :alt, :now)
                        ON CONFLICT (commune_id) DO UPDATE SET color = :color, text_color = :text, logo_url = :url,
                            logo_alt = :alt, updated_at = :now""")
                .param("commune", communeId)
                .param("color", settings.color() == null ? null : settings.color().hex())
                .param("text", settings.textColor() == null ? null : settings.textColor().hex())
                .param("url", settings.logoUrl()).param("alt", settings.logoAlt())
                .param("now", Timestamp.from(now)).update();
    }

    void saveLogo(String communeId, LogoImage image, Instant now) {
        jdbc.sql("""
                        INSERT INTO commune_branding (commune_id, logo, logo_type, updated_at)
                        VALUES (:commune, :logo, :type, :now)
                        ON CONFLICT (commune_id) DO UPDATE SET logo = :logo, logo_type = :type, updated_at = :now""")
                .param("commune", communeId).param("logo", image.bytes()).param("type", image.mediaType())
                .param("now", Timestamp.from(now)).update();
    }

    void removeLogo(String communeId, Instant now) {
        jdbc.sql("UPDATE commune_branding SET logo = NULL, logo_type = NULL, updated_at = :now WHERE commune_id = :commune")
                .param("commune", communeId).param("now", Timestamp.from(now)).update();
    }
}
