package fr.creneau.booking.duplicates.view;

import fr.creneau.booking.duplicates.domain.PersonIdentifiers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A person's identifiers as the claim table keeps them, peppered digests rather than addresses, and the claims
 * already held: an import asks once for a whole file who already has an active appointment of a type.
 */
@Component
public class PersonDigests {

    private final JdbcClient jdbc;
    private final SecretKeySpec pepper;

    PersonDigests(JdbcClient jdbc, @Value("${booking.duplicates.pepper:creneau-person-digest}") String pepper) {
        this.jdbc = jdbc;
        this.pepper = new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(String identifier) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The digests of this person, one per identifier ({@link PersonIdentifiers}). */
    public List<String> ofPerson(String email, String mobile) {
        return PersonIdentifiers.of(email, mobile).stream().map(this::of).toList();
    }

    /** Of these digests, those holding an active appointment, each as "typeId digest". */
    public Set<String> claimed(String communeId, List<String> digests) {
        if (digests.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT appointment_type_id || ' ' || person_digest FROM person_claim
                        WHERE commune_id = :commune AND person_digest IN (:digests)""")
                .param("commune", communeId).param("digests", digests).query(String.class).list());
    }
}
