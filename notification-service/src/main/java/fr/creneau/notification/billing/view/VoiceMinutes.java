package fr.creneau.notification.billing.view;

import fr.creneau.notification.shared.domain.WallClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/** The minutes of a commune's voice line in a month of Paris time, by the calls that ended in it. */
@Repository
public class VoiceMinutes {

    private final JdbcClient jdbc;

    VoiceMinutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int in(String communeId, YearMonth month) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(minutes), 0) FROM voice_call
                        WHERE commune_id = :c AND ended_at >= :from AND ended_at < :to""")
                .param("c", communeId).param("from", start(month)).param("to", start(month.plusMonths(1)))
                .query(Integer.class).single();
    }

    /** The minutes of every commune whose line was called in the month. */
    public Map<String, Integer> all(YearMonth month) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT commune_id, SUM(minutes) AS minutes FROM voice_call
                        WHERE ended_at >= :from AND ended_at < :to GROUP BY commune_id ORDER BY commune_id""")
                .param("from", start(month)).param("to", start(month.plusMonths(1)))
                .query((rs, row) -> minutes.put(rs.getString("commune_id"), rs.getInt("minutes"))).list();
        return minutes;
    }

    private static Timestamp start(YearMonth month) {
        return Timestamp.from(month.atDay(1).atStartOfDay(WallClock.PARIS).toInstant());
    }
}
