package fr.creneau.booking.ants.command;

import fr.creneau.booking.ants.view.LinkSeal;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Seals, at start-up, the management links kept in clear before links were sealed. Each row is changed only if it
 * still holds the clear link, so instances starting together do not seal one twice.
 */
@Component
public class LegacyLinks implements ApplicationRunner {

    private record Clear(String key, String appointmentId, String link) {
    }

    private final JdbcClient jdbc;
    private final LinkSeal seal;

    LegacyLinks(JdbcClient jdbc, LinkSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        sealAll();
    }

    /** Returns how many links it sealed. */
    public int sealAll() {
        int sealed = 0;
        for (Clear row : clear("SELECT appointment_id, appointment_id, management_url FROM ants_appointment")) {
            sealed += jdbc.sql("""
                            UPDATE ants_appointment SET management_url = :sealed
                            WHERE appointment_id = :key AND management_url = :link""")
                    .param("sealed", seal.seal(row.appointmentId(), row.link())).param("key", row.key())
                    .param("link", row.link()).update();
        }
        for (Clear row : clear("SELECT id::text, appointment_id, management_url FROM ants_outbox")) {
            sealed += jdbc.sql("UPDATE ants_outbox SET management_url = :sealed WHERE id = :key AND management_url = :link")
                    .param("sealed", seal.seal(row.appointmentId(), row.link())).param("key", Long.parseLong(row.key()))
                    .param("link", row.link()).update();
        }
        return sealed;
    }

    private List<Clear> clear(String select) {
        return jdbc.sql(select + " WHERE management_url NOT LIKE 'v1:%'")
                .query((rs, row) -> new Clear(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
