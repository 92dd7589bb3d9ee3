package fr.creneau.booking.reference.view;

import fr.creneau.booking.shared.domain.Digits;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The six-digit reference of every appointment, issued when it is reserved (on the web, by an agent, by phone),
 * written in its messages and read out to a caller, who types it to hear or cancel the appointment. Unique within the
 * commune; drawn at random, another one drawn on the rare collision. It proves nothing alone: the caller's number
 * must be the appointment's mobile too.
 */
@Component
public class AppointmentReferences {

    private static final int DRAWS = 20;

    private final JdbcClient jdbc;
    private final JdbcOperations batches;
    private final SecureRandom random = new SecureRandom();

    AppointmentReferences(JdbcClient jdbc, JdbcOperations batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * {@link #issue} for many new appointments at once, drawn and written in one batch: an import's day. The few
     * that met a reference already taken draw again one at a time.
     */
    public Map<String, String> issueAll(String communeId, List<String> appointmentIds) {
        Map<String, String> drawn = new LinkedHashMap<>();
        appointmentIds.forEach(appointmentId -> drawn.put(appointmentId, Digits.padded(random.nextInt(1_000_000), 6)));
        List<Map.Entry<String, String>> rows = List.copyOf(drawn.entrySet());
        int[] inserted = batches.batchUpdate("""
                        INSERT INTO appointment_reference (appointment_id, commune_id, reference) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                rows.stream().map(row -> new Object[] {row.getKey(), communeId, row.getValue()}).toList());
        Map<String, String> issued = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String appointmentId = rows.get(i).getKey();
            issued.put(appointmentId, inserted[i] == 1 ? rows.get(i).getValue() : issue(communeId, appointmentId));
        }
        return issued;
    }

    /**
     * The appointment's reference, drawn and written in one statement for a new appointment (a reservation's case);
     * an appointment that has one already (a caller hearing it again) keeps it, read once its insert met it.
     */
    public String issue(String communeId, String appointmentId) {
        for (int draw = 0; draw < DRAWS; draw++) {
            String reference = Digits.padded(random.nextInt(1_000_000), 6);
            // ON CONFLICT rather than a caught duplicate key: a reservation issues it inside its own transaction,
            // which a failed INSERT would abort
            int inserted = jdbc.sql("""
                            INSERT INTO appointment_reference (appointment_id, commune_id, reference) VALUES (?, ?, ?)
                            ON CONFLICT DO NOTHING""")
                    .param(appointmentId).param(communeId).param(reference).update();
            if (inserted == 1) {
                return reference;
            }
            Optional<String> existing = of(appointmentId);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        throw new IllegalStateException("no free reference in " + DRAWS + " draws for commune " + communeId);
    }

    /** Frees the reference of a reservation taken back. */
    public void forget(String appointmentId) {
        jdbc.sql("DELETE FROM appointment_reference WHERE appointment_id = ?").param(appointmentId).update();
    }

    public Optional<String> of(String appointmentId) {
        return jdbc.sql("SELECT reference FROM appointment_reference WHERE appointment_id = ?").param(appointmentId)
                .query(String.class).optional();
    }

    public Optional<String> appointmentOf(String communeId, String reference) {
        return jdbc.sql("SELECT appointment_id FROM appointment_reference WHERE commune_id = ? AND reference = ?")
                .param(communeId).param(reference).query(String.class).optional();
    }
}
