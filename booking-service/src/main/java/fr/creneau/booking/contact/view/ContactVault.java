package fr.creneau.booking.contact.view;

import fr.creneau.booking.contact.domain.ContactDetails;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens contact details with AES-256-GCM under a key of their own appointment. The keys this instance made
 * in the last minute are also kept in memory: the reservation's own command (duplicate claims) and the publisher
 * open the details right after the seal, and each read of the key was a round trip, one of them while the day's
 * other reservations wait. Erasing a key forgets it here too.
 */
@Component
public class ContactVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    // a Cipher is not thread-safe, and getting one looks its provider up: each thread keeps its own, initialised
    // anew (key, fresh IV) for each message
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(ContactVault::newCipher);

    private final Cache<String, SecretKey> recent = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    private final JdbcClient jdbc;
    private final JdbcOperations batches;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    ContactVault(JdbcClient jdbc, JdbcOperations batches, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    /** Creates the appointment's key and returns the sealed details, to be stored in an event. */
    public String seal(String appointmentId, ContactDetails details) {
        SecretKey key = newKey();
        jdbc.sql("INSERT INTO contact_key (appointment_id, secret_key) VALUES (:id, :key)")
                .param("id", appointmentId).param("key", key.getEncoded()).update();
        recent.put(appointmentId, key);
        return encrypt(key, details, appointmentId);
    }

    /** {@link #seal} for many appointments at once, their keys written in one batch: an import's day. */
    public Map<String, String> sealAll(Map<String, ContactDetails> details) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        details.keySet().forEach(appointmentId -> keys.put(appointmentId, newKey()));
        batches.batchUpdate("INSERT INTO contact_key (appointment_id, secret_key) VALUES (?, ?)", keys.entrySet()
                .stream().map(key -> new Object[] {key.getKey(), key.getValue().getEncoded()}).toList());
        Map<String, String> sealed = new LinkedHashMap<>();
        keys.forEach((appointmentId, key) -> {
            recent.put(appointmentId, key);
            sealed.put(appointmentId, encrypt(key, details.get(appointmentId), appointmentId));
        });
        return sealed;
    }

    /** Seals changed details under the appointment's existing key; empty if that key was erased. */
    public Optional<String> reseal(String appointmentId, ContactDetails details) {
        return key(appointmentId).map(key -> encrypt(key, details, appointmentId));
    }

    /** The details, unless the key was erased. */
    public Optional<ContactDetails> open(String appointmentId, String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        return key(appointmentId).map(key -> decrypt(key, sealed, appointmentId));
    }

    /** Erases the key: every sealed copy of the details becomes unreadable. */
    public boolean erase(String appointmentId) {
        recent.invalidate(appointmentId);
        return jdbc.sql("DELETE FROM contact_key WHERE appointment_id = :id").param("id", appointmentId).update() == 1;
    }

    private Optional<SecretKey> key(String appointmentId) {
        SecretKey known = recent.getIfPresent(appointmentId);
        if (known != null) {
            return Optional.of(known);
        }
        return jdbc.sql("SELECT secret_key FROM contact_key WHERE appointment_id = :id")
                .param("id", appointmentId)
                .query(byte[].class).optional()
                .map(bytes -> new SecretKeySpec(bytes, "AES"));
    }

    private SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private String encrypt(SecretKey key, ContactDetails details, String appointmentId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(appointmentId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(details));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (Exception e) {
            throw new IllegalStateException("cannot seal contact details", e);
        }
    }

    private ContactDetails decrypt(SecretKey key, String sealed, String appointmentId) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(appointmentId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return json.readValue(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), ContactDetails.class);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open contact details", e);
        }
    }
}
