package fr.creneau.booking.manage.view;

import org.springframework.jdbc.core.JdbcOperations;
import fr.creneau.booking.shared.domain.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tokens of 256 random bits for the manage link; the table keeps their SHA-256 only. */
@Component
public class ManageTokens {

    private final JdbcClient jdbc;
    private final JdbcOperations batches;
    private final SecretTokens tokens = new SecretTokens();

    ManageTokens(JdbcClient jdbc, JdbcOperations batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** {@link #issue} for many appointments at once, in one batch: an import's day. */
    public Map<String, String> issueAll(List<String> appointmentIds) {
        Map<String, String> issued = new LinkedHashMap<>();
        appointmentIds.forEach(appointmentId -> issued.put(appointmentId, tokens.draw()));
        batches.batchUpdate("INSERT INTO manage_token (token_hash, appointment_id) VALUES (?, ?)", issued.entrySet()
                .stream().map(token -> new Object[] {SecretTokens.hash(token.getValue()), token.getKey()}).toList());
        return issued;
    }

    public String issue(String appointmentId) {
        String token = tokens.draw();
        jdbc.sql("INSERT INTO manage_token (token_hash, appointment_id) VALUES (:hash, :id)")
                .param("hash", SecretTokens.hash(token)).param("id", appointmentId).update();
        return token;
    }

    public Optional<String> appointmentOf(String token) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT appointment_id FROM manage_token WHERE token_hash = :hash")
                .param("hash", SecretTokens.hash(token)).query(String.class).optional();
    }

    public void forget(String appointmentId) {
        jdbc.sql("DELETE FROM manage_token WHERE appointment_id = :id").param("id", appointmentId).update();
    }
}
