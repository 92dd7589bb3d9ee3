package fr.creneau.booking.ants;

import fr.creneau.booking.ants.command.AntsPurge;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.FakeAnts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the ANTS no longer needs is deleted after the retention (90 days as shipped); what waits is kept. */
class AntsPurgeTest extends BookingIntegrationTest {

    private static final Instant NOW = Instant.now();
    private static final Duration OLD = Duration.ofDays(91);
    private static final Duration RECENT = Duration.ofDays(89);

    @Autowired
    AntsPurge purge;

    @Autowired
    JdbcClient jdbc;

    private final String commune = "purge-" + UUID.randomUUID();

    @Test
    void sentDeclarationsAndCallsPastTheRetentionAreDeletedAndAWaitingDeclarationIsKept() {
        outbox("sent-long-ago", NOW.minus(OLD), NOW.minus(OLD));
        outbox("sent-lately", NOW.minus(OLD), NOW.minus(RECENT));
        outbox("never-sent", NOW.minus(OLD), null);
        call("called-long-ago", NOW.minus(OLD));
        call("called-lately", NOW.minus(RECENT));

        AntsPurge.Purged purged = purge.purge(NOW);

        assertThat(purged.sentDeclarations()).isPositive();
        assertThat(purged.calls()).isPositive();
        assertThat(jdbc.sql("SELECT appointment_id FROM ants_outbox WHERE commune_id = :c ORDER BY appointment_id")
                .param("c", commune).query(String.class).list()).containsExactly("never-sent", "sent-lately");
        assertThat(jdbc.sql("SELECT application_ids FROM ants_call WHERE commune_id = :c")
                .param("c", commune).query(String.class).list()).containsExactly("called-lately");
    }

    @Test
    void thePurgeIsADurableRecurringTask() {
        List<String> tasks = jdbc.sql("SELECT task_name FROM scheduled_tasks").query(String.class).list();

        assertThat(tasks).contains("ants-purge");
    }

    private void outbox(String appointmentId, Instant created, Instant sent) {
        jdbc.sql("""
                        INSERT INTO ants_outbox (commune_id, appointment_id, operation, application_id, meeting_point,
                            meeting_point_id, appointment_date, management_url, created_at, next_attempt_at, sent_at)
                        VALUES (:c, :a, 'DECLARE', :number, 'Mairie', 'p', '2026-01-01T09:00:00', 'u', :at, :next,
                            :sent)""")
                .param("c", commune).param("a", appointmentId).param("number", FakeAnts.newNumber())
                .param("at", Timestamp.from(created))
                // the one never sent waits for a retry tomorrow, so that the running outbox leaves it alone
                .param("next", Timestamp.from(sent == null ? NOW.plus(Duration.ofDays(1)) : created))
                .param("sent", sent == null ? null : Timestamp.from(sent)).update();
    }

    private void call(String label, Instant at) {
        jdbc.sql("""
                        INSERT INTO ants_call (commune_id, called_at, operation, application_ids, outcome, duration_ms)
                        VALUES (:c, :at, 'status', :label, 'ANSWERED', 12)""")
                .param("c", commune).param("at", Timestamp.from(at)).param("label", label).update();
    }
}
