package fr.creneau.booking.ants.view;

import fr.creneau.booking.ants.domain.AntsSettings;
import fr.creneau.booking.ants.domain.Fallback;
import fr.creneau.booking.ants.domain.Reason;
import fr.creneau.booking.ants.domain.TypeChoice;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each commune's ANTS settings, as its administrator last saved them. Every appointment event asks for them inside
 * its counter-day's transaction, so they are kept a few seconds in memory: a change made on another instance is
 * seen there within {@link #KEPT}.
 */
@Component
public class SettingsView {

    static final Duration KEPT = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Cache<String, Optional<AntsSettings>> kept = Caffeine.newBuilder().expireAfterWrite(KEPT)
            .maximumSize(10_000).build();

    SettingsView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AntsSettings of(String communeId) {
        return saved(communeId).orElseGet(() -> AntsSettings.notConnected(communeId));
    }

    /** Whether the commune ever saved ANTS settings: only then may it have appointments to declare or withdraw. */
    public boolean everConfigured(String communeId) {
        return saved(communeId).isPresent();
    }

    /** Reads the commune's settings afresh next time (this instance just changed them). */
    public void forget(String communeId) {
        kept.invalidate(communeId);
    }

    private Optional<AntsSettings> saved(String communeId) {
        return kept.get(communeId, id -> jdbc.sql(
                        "SELECT enabled, when_declared_elsewhere, when_unanswered FROM ants_setting WHERE commune_id = :id")
                .param("id", id)
                .query((rs, row) -> new AntsSettings(id, rs.getBoolean(1), reasonsOf(id),
                        Fallback.valueOf(rs.getString(2)), Fallback.valueOf(rs.getString(3))))
                .optional());
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
