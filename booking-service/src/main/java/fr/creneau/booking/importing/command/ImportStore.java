package fr.creneau.booking.importing.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.importing.domain.ImportReport;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The files sent for import, in parts, with the report of their last run; and the references already imported. */
@Component
public class ImportStore {

    /** A file received for a commune. */
    public record ImportFile(String importId, String communeId, String fileName) {
    }

    private final JdbcClient jdbc;
    private final JdbcOperations batches;
    private final ObjectMapper json;

    ImportStore(JdbcClient jdbc, JdbcOperations batches, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    public void create(String importId, String communeId, String fileName, Instant now) {
        jdbc.sql("""
                        INSERT INTO appointment_import (import_id, commune_id, file_name, created_at, report)
                        VALUES (:id, :commune, :file, :at, :report)""")
                .param("id", importId).param("commune", communeId).param("file", fileName)
                .param("at", Timestamp.from(now)).param("report", write(ImportReport.received())).update();
    }

    public Optional<ImportFile> find(String communeId, String importId) {
        return jdbc.sql("SELECT import_id, commune_id, file_name FROM appointment_import "
                        + "WHERE import_id = :id AND commune_id = :commune")
                .param("id", importId).param("commune", communeId)
                .query((rs, n) -> new ImportFile(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    public void putPart(String importId, int partNo, String body) {
        jdbc.sql("""
                        INSERT INTO appointment_import_part (import_id, part_no, body) VALUES (:id, :no, :body)
                        ON CONFLICT (import_id, part_no) DO UPDATE SET body = EXCLUDED.body""")
                .param("id", importId).param("no", partNo).param("body", body).update();
    }

    /** The parts put together in their order: a part may end in the middle of a line. */
    public String text(String importId) {
        return String.join("", jdbc.sql("SELECT body FROM appointment_import_part WHERE import_id = :id ORDER BY part_no")
                .param("id", importId).query(String.class).list());
    }

    public Optional<ImportReport> report(String importId) {
        return jdbc.sql("SELECT report FROM appointment_import WHERE import_id = :id").param("id", importId)
                .query(String.class).optional().map(this::read);
    }

    public Set<String> importedReferences(String communeId, List<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT reference FROM imported_appointment "
                        + "WHERE commune_id = :commune AND reference IN (:refs)")
                .param("commune", communeId).param("refs", references).query(String.class).list());
    }

    /** The references of a day's appointments, in one batch. */
    void importedAll(String communeId, List<DayBatches.Booked> booked, Instant now) {
        batches.batchUpdate("""
                        INSERT INTO imported_appointment (commune_id, reference, appointment_id, imported_at)
                        VALUES (?, ?, ?, ?)""", booked.stream().map(b -> new Object[] {communeId, b.reference(),
                b.appointmentId(), Timestamp.from(now)}).toList());
    }

    /** The reference of an appointment withdrawn: the next run of its file imports it again. */
    void forget(String communeId, String reference) {
        jdbc.sql("DELETE FROM imported_appointment WHERE commune_id = :commune AND reference = :ref")
                .param("commune", communeId).param("ref", reference).update();
    }

    public Set<String> claimedAntsNumbers(List<String> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT ants_number FROM ants_claim WHERE ants_number IN (:numbers)")
                .param("numbers", numbers).query(String.class).list());
    }

    private String write(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport read(String text) {
        try {
            return json.readValue(text, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
