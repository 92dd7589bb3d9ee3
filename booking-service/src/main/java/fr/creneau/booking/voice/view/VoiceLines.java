package fr.creneau.booking.voice.view;

import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.voice.domain.VoiceLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The communes' phone lines, set by each commune's administrator, with the operator's switch: the voice option of
 * the commune's subscription, which the catalog keeps.
 */
@Component
public class VoiceLines {

    private static final String SELECT = """
            SELECT l.commune_id, l.phone_number, l.transfer_number, l.opening_hours, l.enabled
            FROM voice_line l""";

    private final JdbcClient jdbc;
    private final Catalog catalog;

    VoiceLines(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    public Optional<VoiceLine> ofCommune(String communeId) {
        return jdbc.sql(SELECT + " WHERE l.commune_id = ?").param(communeId).query(this::line).optional();
    }

    /** The line called, by the number Twilio gives in {@code To}. */
    public Optional<VoiceLine> called(String phoneNumber) {
        return jdbc.sql(SELECT + " WHERE l.phone_number = ?").param(phoneNumber).query(this::line).optional();
    }

    public Optional<String> communeOfNumber(String phoneNumber) {
        return jdbc.sql("SELECT commune_id FROM voice_line WHERE phone_number = ?").param(phoneNumber)
                .query(String.class).optional();
    }

    public void save(VoiceLine line) {
        jdbc.sql("""
                        INSERT INTO voice_line (commune_id, phone_number, transfer_number, opening_hours, enabled)
                        VALUES (:commune, :phone, :transfer, :hours, :enabled)
                        ON CONFLICT (commune_id) DO UPDATE SET phone_number = EXCLUDED.phone_number,
                            transfer_number = EXCLUDED.transfer_number, opening_hours = EXCLUDED.opening_hours,
                            enabled = EXCLUDED.enabled""")
                .param("commune", line.communeId()).param("phone", line.phoneNumber())
                .param("transfer", line.transferNumber()).param("hours", line.openingHours())
                .param("enabled", line.enabled()).update();
    }

    public boolean offered(String communeId) {
        return catalog.voiceOffered(communeId);
    }

    private VoiceLine line(ResultSet row, int index) throws SQLException {
        String communeId = row.getString("commune_id");
        return new VoiceLine(communeId, row.getString("phone_number"), row.getString("transfer_number"),
                row.getString("opening_hours"), row.getBoolean("enabled"), catalog.voiceOffered(communeId));
    }
}
