package fr.creneau.booking.ants.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Our confirmed appointments for pre-application numbers, for the national site to show their holder. */
@Component
public class ApplicationSearch {

    /** One appointment: where, when, and the citizen's links to change or cancel it. */
    public record Found(String meetingPointId, String meetingPoint, Instant start, String managementUrl) {
    }

    private final JdbcClient jdbc;
    private final LinkSeal seal;

    ApplicationSearch(JdbcClient jdbc, LinkSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    public Map<String, List<Found>> find(List<String> numbers) {
        Map<String, List<Found>> found = new LinkedHashMap<>();
        for (String number : new LinkedHashSet<>(numbers)) {
            found.put(number, jdbc.sql("""
                            SELECT a.place_id, a.place_name, a.starts_at, a.management_url, a.appointment_id
                            FROM ants_appointment a JOIN ants_appointment_number n ON n.appointment_id = a.appointment_id
                            WHERE n.ants_number = :number AND a.active AND a.declared ORDER BY a.starts_at""")
                    .param("number", number)
                    .query((rs, row) -> new Found(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            seal.open(rs.getString(5), rs.getString(4))))
                    .list());
        }
        return found;
    }
}
