package fr.creneau.booking.manage.view;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Tokens of 256 random bits for the manage link; the table keeps their SHA-256 only. */
@Component
public class ManageTokens {

    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    ManageTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String issue(String appointmentId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
