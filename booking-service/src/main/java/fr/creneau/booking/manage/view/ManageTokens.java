package fr.creneau.booking.manage.view;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tokens of 256 random bits for the manage link; the table keeps their SHA-256 only. */
@Component
public class ManageTokens {

    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final JdbcOperations batches;
    private final SecureRandom random = new SecureRandom();

    ManageTokens(JdbcClient jdbc, JdbcOperations batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** {@link #issue} for many appointments at once, in one batch: an import's day. */
    public Map<String, String> issueAll(List<String> appointmentIds) {
        Map<String, String> tokens = new LinkedHashMap<>();
        appointmentIds.forEach(appointmentId -> tokens.put(appointmentId, newToken()));
        batches.batchUpdate("INSERT INTO manage_token (token_hash, appointment_id) VALUES (?, ?)", tokens.entrySet()
                .stream().map(token -> new Object[] {hash(token.getValue()), token.getKey()}).toList());
        return tokens;
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String issue(String appointmentId) {
        String token = newToken();
        jdbc.sql("INSERT INTO manage_token (token_hash, appointment_id) VALUES (:hash, :id)")
                .param("hash", hash(token)).param("id", appointmentId).update();
        return token;
    }

    public Optional<String> appointmentOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT appointment_id FROM manage_token WHERE token_hash = :hash")
                .param("hash", hash(token)).query(String.class).optional();
    }

    public void forget(String appointmentId) {
        jdbc.sql("DELETE FROM manage_token WHERE appointment_id = :id").param("id", appointmentId).update();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
