package fr.creneau.booking.duplicates.view;

import fr.creneau.booking.duplicates.domain.PersonIdentifiers;
import fr.creneau.booking.shared.domain.DerivedKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's identifiers as the claim table keeps them, keyed digests (HMAC under a key derived from BOOKING_CODE_SECRET) rather than addresses, and the claims
 * already held: an import asks once for a whole file who already has an active appointment of a type.
 */
@Component
public class PersonDigests {

    private final JdbcClient jdbc;
    private final DerivedKey key;

    PersonDigests(JdbcClient jdbc, @Value("${booking.one-time-code.secret:}") String secret) {
        this.jdbc = jdbc;
        this.key = DerivedKey.of(secret, DerivedKey.PERSONS, "la règle d'un rendez-vous par personne");
    }

    public String of(String identifier) {
        return key.hex(identifier);
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
