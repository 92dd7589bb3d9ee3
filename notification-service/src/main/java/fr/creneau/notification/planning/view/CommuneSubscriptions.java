package fr.creneau.notification.planning.view;

import fr.creneau.platform.cache.ShortLivedReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The options of each commune's subscription, as planning announced them; a later announcement wins. Every notice
 * asks, so the answer is kept a few seconds: another instance learns a change within that time.
 */
@Repository
public class CommuneSubscriptions {

    private final JdbcClient jdbc;
    private final ShortLivedReads reads = new ShortLivedReads(Duration.ofSeconds(5));

    CommuneSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String communeId, boolean smsOption, boolean voiceOption, Instant at) {
        jdbc.sql("""
                        INSERT INTO commune_subscription (commune_id, sms_option, voice_option, updated_at)
                        VALUES (:c, :sms, :voice, :at)
                        ON CONFLICT (commune_id) DO UPDATE SET sms_option = excluded.sms_option,
                            voice_option = excluded.voice_option, updated_at = excluded.updated_at
                        WHERE commune_subscription.updated_at <= excluded.updated_at""")
                .param("c", communeId).param("sms", smsOption).param("voice", voiceOption)
                .param("at", Timestamp.from(at == null ? Instant.EPOCH : at))
                .update();
        reads.forget();
    }

    /** False only when the operator switched the commune's SMS option off; a commune never announced may send SMS. */
    public boolean smsOption(String communeId) {
        return reads.get(communeId, () -> jdbc.sql("SELECT sms_option FROM commune_subscription WHERE commune_id = :c")
                .param("c", communeId).query(Boolean.class).optional().orElse(true));
    }
}
