package fr.creneau.booking.search.view;

import com.zaxxer.hikari.HikariDataSource;
import fr.creneau.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An index written a row per token is found the same once migrated to a row per appointment. */
class SearchMigrationTest {

    private static HikariDataSource dataSource;

    @BeforeAll
    static void anIndexOfOneRowPerToken() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestInfrastructure.newDatabase("booking_search"));
        dataSource.setUsername(TestInfrastructure.postgresUser());
        dataSource.setPassword(TestInfrastructure.postgresPassword());
        flyway("81").migrate();
        JdbcClient jdbc = jdbc();
        for (String appointmentId : List.of("a-1", "a-2", "a-3")) {
            jdbc.sql("INSERT INTO contact_key (appointment_id, secret_key) VALUES (:id, :key)")
                    .param("id", appointmentId).param("key", new byte[32]).update();
        }
        row(jdbc, "a-1", "villeneuve", "name:durand");
        row(jdbc, "a-1", "villeneuve", "name:dur");
        row(jdbc, "a-1", "villeneuve", "mobile:+33612345678");
        row(jdbc, "a-2", "villeneuve", "name:durand");
        row(jdbc, "a-3", "autreville", "name:durand");
        flyway(null).migrate();
    }

    @AfterAll
    static void closePool() {
        dataSource.close();
    }

    @Test
    void eachAppointmentHasOneRowHoldingAllItsHashes() {
        assertThat(jdbc().sql(
                        "SELECT CARDINALITY(token_hashes) FROM contact_search_tokens WHERE appointment_id = 'a-1'")
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM contact_search_tokens").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aSearchFindsTheAppointmentsOfTheCommuneHoldingAllItsTokens() {
        assertThat(found("villeneuve", "name:durand")).containsExactlyInAnyOrder("a-1", "a-2");
        assertThat(found("villeneuve", "name:dur", "mobile:+33612345678")).containsExactly("a-1");
        assertThat(found("autreville", "name:durand")).containsExactly("a-3");
        assertThat(found("villeneuve", "name:durand", "name:martin")).isEmpty();
    }

    @Test
    void theRowStillGoesWithItsContactKey() {
        jdbc().sql("DELETE FROM contact_key WHERE appointment_id = 'a-2'").update();

        assertThat(found("villeneuve", "name:durand")).containsExactly("a-1");
    }

    private static List<String> found(String communeId, String... tokens) {
        return jdbc().sql("""
                        SELECT appointment_id FROM contact_search_tokens
                        WHERE commune_id = :communeId AND token_hashes @> :hashes""")
                .param("communeId", communeId)
                .param("hashes", new HashArray(List.of(tokens).stream().map(SearchMigrationTest::hash).toList()))
                .query(String.class).list();
    }

    private static void row(JdbcClient jdbc, String appointmentId, String communeId, String token) {
        jdbc.sql("INSERT INTO contact_search (appointment_id, commune_id, token_hash) VALUES (:id, :communeId, :hash)")
                .param("id", appointmentId).param("communeId", communeId).param("hash", hash(token)).update();
    }

    /** A stand-in for the keyed hash: the migration moves bytes, whatever they hash. */
    private static byte[] hash(String token) {
        return token.getBytes(StandardCharsets.UTF_8);
    }

    private static JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/platform", "classpath:db/axon");
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
