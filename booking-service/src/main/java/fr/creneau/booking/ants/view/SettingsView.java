package fr.creneau.booking.ants.view;

import fr.creneau.booking.ants.domain.AntsSettings;
import fr.creneau.booking.ants.domain.Fallback;
import fr.creneau.booking.ants.domain.Reason;
import fr.creneau.booking.ants.domain.TypeChoice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Each commune's ANTS settings, as its administrator last saved them. */
@Component
public class SettingsView {

    private final JdbcClient jdbc;

    SettingsView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AntsSettings of(String communeId) {
        return jdbc.sql("SELECT enabled, when_declared_elsewhere, when_unanswered FROM ants_setting WHERE commune_id = :id")
                .param("id", communeId)
                .query((rs, row) -> new AntsSettings(communeId, rs.getBoolean(1), reasonsOf(communeId),
                        Fallback.valueOf(rs.getString(2)), Fallback.valueOf(rs.getString(3))))
                .optional().orElseGet(() -> AntsSettings.notConnected(communeId));
    }

    /** The communes that opted in, with their reasons. */
    public List<AntsSettings> connected() {
        return jdbc.sql("SELECT commune_id FROM ants_setting WHERE enabled ORDER BY commune_id")
                .query(String.class).list().stream().map(this::of).toList();
    }

    private Map<Reason, TypeChoice> reasonsOf(String communeId) {
        Map<Reason, TypeChoice> reasons = new EnumMap<>(Reason.class);
        jdbc.sql("SELECT reason, appointment_type_id, option_id FROM ants_reason WHERE commune_id = :id")
                .param("id", communeId)
                .query(rs -> {
                    reasons.put(Reason.valueOf(rs.getString(1)), new TypeChoice(rs.getString(2), rs.getString(3)));
                });
        return reasons;
    }
}
