package fr.creneau.platform.schema;

import com.zaxxer.hikari.HikariDataSource;
import fr.creneau.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * db-scheduler's table is written once (db/scheduler), on a new database and on one where the event store's migration
 * made it before, whose history is then accepted without a manual repair, and only for that change.
 */
class SchedulerTableTest {

    private static final int V0_2_BEFORE = SchemaAutoConfiguration.SCHEDULER_OUT_OF_THE_EVENT_STORE.was();

    private final HikariDataSource dataSource = dataSource();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void aNewDatabaseGetsTheTableAndItsIndexes() {
        flyway(true).migrate();

        assertThat(indexes()).contains("execution_time_idx", "last_heartbeat_idx", "priority_execution_time_idx");
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE script = 'R__scheduled_tasks.sql'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aDatabaseWhoseEventStoreMigrationMadeTheTableMigratesAndValidatesAndKeepsItsTasks() {
        flyway(true).migrate();
        migratedBeforeTheChange();
        jdbc.sql("INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version) "
                + "VALUES ('hold-expiry', 'h-1', now(), false, 1)").update();

        flyway(true).migrate();
        flyway(true).validate();

        assertThat(checksumOf("V0_2__axon_event_store.sql"))
                .isEqualTo(SchemaAutoConfiguration.SCHEDULER_OUT_OF_THE_EVENT_STORE.now());
        assertThat(jdbc.sql("SELECT task_instance FROM scheduled_tasks").query(String.class).list())
                .containsExactly("h-1");
    }

    @Test
    void withoutTheCallbackTheOldHistoryWouldNotValidate() {
        flyway(true).migrate();
        migratedBeforeTheChange();

        assertThatThrownBy(() -> flyway(false).migrate()).isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("0.2");
    }

    @Test
    void anyOtherChangeOfAnAppliedMigrationStillFailsTheValidation() {
        flyway(true).migrate();
        jdbc.sql("UPDATE flyway_schema_history SET checksum = 12345 WHERE script = 'V0_2__axon_event_store.sql'")
                .update();

        assertThatThrownBy(() -> flyway(true).migrate()).isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("0.2");
    }

    /** The history as a database migrated with the event store's old V0_2, which made the table, has it. */
    private void migratedBeforeTheChange() {
        jdbc.sql("DELETE FROM flyway_schema_history WHERE script = 'R__scheduled_tasks.sql'").update();
        jdbc.sql("UPDATE flyway_schema_history SET checksum = :before WHERE script = 'V0_2__axon_event_store.sql'")
                .param("before", V0_2_BEFORE).update();
    }

    private Flyway flyway(boolean withTheCallback) {
        var configuration = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/platform", "classpath:db/axon", "classpath:db/scheduler");
        if (withTheCallback) {
            configuration.callbacks(new SchemaAutoConfiguration().supersededChecksums(new SchemaProperties(null)));
        }
        return configuration.load();
    }

    private List<String> indexes() {
        return jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = 'scheduled_tasks'").query(String.class).list();
    }

    private int checksumOf(String script) {
        return jdbc.sql("SELECT checksum FROM flyway_schema_history WHERE script = :script").param("script", script)
                .query(Integer.class).single();
    }

    private static HikariDataSource dataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestInfrastructure.newDatabase("platform_schema"));
        dataSource.setUsername(TestInfrastructure.postgresUser());
        dataSource.setPassword(TestInfrastructure.postgresPassword());
        return dataSource;
    }
}
