package fr.creneau.booking.voice.view;

import fr.creneau.booking.voice.domain.VoiceLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The communes' phone lines (set by each commune's administrator) and the operator's switch. */
@Component
public class VoiceLines {

    private static final String SELECT = """
            SELECT l.commune_id, l.phone_number, l.transfer_number, l.opening_hours, l.enabled,
                   COALESCE(o.offered, FALSE) AS offered
            FROM voice_line l LEFT JOIN voice_offer o ON o.commune_id = l.commune_id""";

    private final JdbcClient jdbc;

    VoiceLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<VoiceLine> ofCommune(String communeId) {
        return jdbc.sql(SELECT + " WHERE l.commune_id = ?").param(communeId).query(VoiceLines::line).optional();
    }

    /** The line called, by the number Twilio gives in {@code To}. */
    public Optional<VoiceLine> called(String phoneNumber) {
        return jdbc.sql(SELECT + " WHERE l.phone_number = ?").param(phoneNumber).query(VoiceLines::line).optional();
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

    public void offer(String communeId, boolean offered) {
        jdbc.sql("""
                        INSERT INTO voice_offer (commune_id, offered) VALUES (?, ?)
                        ON CONFLICT (commune_id) DO UPDATE SET offered = EXCLUDED.offered""")
                .param(communeId).param(offered).update();
    }

    public boolean offered(String communeId) {
        return jdbc.sql("SELECT offered FROM voice_offer WHERE commune_id = ?").param(communeId)
                .query(Boolean.class).optional().orElse(false);
    }

    private static VoiceLine line(ResultSet row, int index) throws SQLException {
        return new VoiceLine(row.getString("commune_id"), row.getString("phone_number"),
                row.getString("transfer_number"), row.getString("opening_hours"), row.getBoolean("enabled"),
                row.getBoolean("offered"));
    }
}
