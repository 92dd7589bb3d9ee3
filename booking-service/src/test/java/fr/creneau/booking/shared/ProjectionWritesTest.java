package fr.creneau.booking.shared;

import fr.creneau.booking.shared.view.ProjectionWrites;
import fr.creneau.booking.support.BookingIntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The projections' writes held by their unit of work: sent at its commit, in order per table, or not at all. */
class ProjectionWritesTest extends BookingIntegrationTest {

    private static final String UPSERT = """
            INSERT INTO projection_probe (id, n) VALUES (:id, :n)
            ON CONFLICT (id) DO UPDATE SET n = projection_probe.n * 10 + EXCLUDED.n""";
    private static final String INSERT = "INSERT INTO projection_probe_other (id) VALUES (:id)";

    @Autowired
    private ProjectionWrites writes;
    @Autowired
    private TransactionManager transactions;
    @Autowired
    private JdbcClient jdbc;

    private final String id = UUID.randomUUID().toString();

    @BeforeEach
    void probeTables() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS projection_probe (id text PRIMARY KEY, n int)").update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS projection_probe_other (id text PRIMARY KEY)").update();
    }

    @Test
    void theWritesOfAUnitOfWorkReachTheDatabaseAtItsCommitEachTablesInTheirOrder() {
        DefaultUnitOfWork<?> unit = unitOfWork();
        for (int n = 1; n <= 3; n++) {
            writes.update("projection_probe", UPSERT, new MapSqlParameterSource("id", id).addValue("n", n));
            writes.update("projection_probe_other", INSERT, new MapSqlParameterSource("id", id + n));
        }
        List<Integer> beforeCommit = values();

        unit.commit();

        assertThat(beforeCommit).isEmpty();
        assertThat(values()).containsExactly(123);
        assertThat(others()).isEqualTo(3);
    }

    @Test
    void aUnitOfWorkRolledBackWritesNothing() {
        DefaultUnitOfWork<?> unit = unitOfWork();
        writes.update("projection_probe", UPSERT, new MapSqlParameterSource("id", id).addValue("n", 1));

        unit.rollback();

        assertThat(values()).isEmpty();
    }

    @Test
    void aWriteRefusedAtTheCommitFailsTheUnitOfWorkAndTakesBackItsOtherTables() {
        DefaultUnitOfWork<?> unit = unitOfWork();
        writes.update("projection_probe", UPSERT, new MapSqlParameterSource("id", id).addValue("n", 1));
        writes.update("projection_probe_other", INSERT, new MapSqlParameterSource("id", id));
        writes.update("projection_probe_other", INSERT, new MapSqlParameterSource("id", id));

        assertThatThrownBy(unit::commit).isInstanceOf(DuplicateKeyException.class);

        assertThat(values()).isEmpty();
        assertThat(others()).isZero();
    }

    @Test
    void withoutAUnitOfWorkAWriteRunsAtOnce() {
        writes.update("projection_probe", UPSERT, new MapSqlParameterSource("id", id).addValue("n", 7));

        assertThat(values()).containsExactly(7);
    }

    private DefaultUnitOfWork<?> unitOfWork() {
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>("probe"));
        unit.attachTransaction(transactions);
        return unit;
    }

    private List<Integer> values() {
        return jdbc.sql("SELECT n FROM projection_probe WHERE id = :id").param("id", id).query(Integer.class).list();
    }

    private long others() {
        return jdbc.sql("SELECT count(*) FROM projection_probe_other WHERE id LIKE :prefix")
                .param("prefix", id + "%").query(Long.class).single();
    }
}
