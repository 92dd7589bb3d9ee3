package fr.creneau.booking.importing.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.importing.domain.ImportReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a run stands, in PostgreSQL, so that any instance can answer for it: a run is claimed by one instance at a
 * time, its progress is written as it goes, in a transaction of its own beside the day being booked, and its
 * report once done. A run whose instance died is taken over once it is {@link #STALE} old.
 */
@Component
class RunLedger {

    static final Duration STALE = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate apart;

    RunLedger(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** True when this instance may run the file: no run of it is going on. */
    boolean claim(String importId, ImportReport started, Instant now) {
        return jdbc.sql("""
                        UPDATE appointment_import SET running_since = :now, report = :report
                        WHERE import_id = :id AND (running_since IS NULL OR running_since < :stale)""")
                .param("now", Timestamp.from(now)).param("report", write(started)).param("id", importId)
                .param("stale", Timestamp.from(now.minus(STALE))).update() == 1;
    }

    void progress(String importId, ImportReport running) {
        apart.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE appointment_import SET report = :report
                        WHERE import_id = :id AND running_since IS NOT NULL""")
                .param("report", write(running)).param("id", importId).update());
    }

    void finish(String importId, ImportReport report) {
        apart.executeWithoutResult(status -> jdbc.sql(
                        "UPDATE appointment_import SET report = :report, running_since = NULL WHERE import_id = :id")
                .param("report", write(report)).param("id", importId).update());
    }

    private String write(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
