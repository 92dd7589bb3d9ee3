package fr.creneau.booking.retention.command;

import fr.creneau.booking.catalog.domain.Commune;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.config.BookingProperties;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.manage.view.ManageTokens;
import fr.creneau.booking.onetimecode.command.OneTimeCodes;
import fr.creneau.booking.partner.view.PartnerBookings;
import fr.creneau.booking.reference.view.AppointmentReferences;
import fr.creneau.booking.shared.adapter.KafkaPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Erases the personal data of appointments that ended more than the retention period ago: the key that sealed
 * their contact details (so every copy in the event store becomes unreadable), the manage token, any pending code,
 * the duplicate claims, what is kept for the ANTS, the copy other services keep (a tombstone on booking.contacts), and
 * its six-digit reference, which the commune may then give to another appointment, and which partner booked it.
 */
@Service
public class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final ContactVault vault;
    private final ManageTokens tokens;
    private final OneTimeCodes codes;
    private final AppointmentReferences references;
    private final KafkaPublisher publisher;
    private final PartnerBookings partnerBookings;
    private final int defaultMonths;

    PersonalDataRetention(JdbcClient jdbc, Catalog catalog, ContactVault vault, ManageTokens tokens,
            OneTimeCodes codes, AppointmentReferences references, KafkaPublisher publisher,
            PartnerBookings partnerBookings, BookingProperties properties) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.vault = vault;
        this.tokens = tokens;
        this.codes = codes;
        this.references = references;
        this.publisher = publisher;
        this.partnerBookings = partnerBookings;
        this.defaultMonths = properties.retentionMonths();
    }

    /** Erases what is due at {@code now}; returns how many appointments were erased. */
    public int eraseDue(Instant now) {
        int erased = 0;
        for (String communeId : communesWithPersonalData()) {
            Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(monthsFor(communeId)).toInstant();
            for (String appointmentId : dueIn(communeId, cutoff)) {
                erase(appointmentId);
                erased++;
            }
        }
        if (erased > 0) {
            log.info("erased the personal data of {} appointment(s)", erased);
        }
        return erased;
    }

    private void erase(String appointmentId) {
        publisher.tombstone(KafkaPublisher.BOOKING_CONTACTS, appointmentId);
        vault.erase(appointmentId);
        tokens.forget(appointmentId);
        codes.forget(appointmentId);
        references.forget(appointmentId);
        partnerBookings.forget(appointmentId);
        jdbc.sql("DELETE FROM person_claim WHERE appointment_id = :id").param("id", appointmentId).update();
        jdbc.sql("DELETE FROM ants_claim WHERE appointment_id = :id").param("id", appointmentId).update();
        jdbc.sql("DELETE FROM ants_numbers_to_add WHERE appointment_id = :id").param("id", appointmentId).update();
        // the numbers and the management link kept for the ANTS, and the declarations already delivered
        jdbc.sql("DELETE FROM ants_appointment WHERE appointment_id = :id").param("id", appointmentId).update();
        jdbc.sql("DELETE FROM ants_outbox WHERE appointment_id = :id AND sent_at IS NOT NULL")
                .param("id", appointmentId).update();
        jdbc.sql("UPDATE appointment SET personal_data_erased = TRUE, sealed_contact = NULL WHERE appointment_id = :id")
                .param("id", appointmentId).update();
    }

    private int monthsFor(String communeId) {
        return catalog.commune(communeId).map(Commune::retentionMonths).filter(months -> months > 0)
                .orElse(defaultMonths);
    }

    private List<String> communesWithPersonalData() {
        return jdbc.sql("SELECT DISTINCT commune_id FROM appointment WHERE NOT personal_data_erased")
                .query(String.class).list();
    }

    private List<String> dueIn(String communeId, Instant cutoff) {
        return jdbc.sql("""
                        SELECT appointment_id FROM appointment
                        WHERE commune_id = :communeId AND NOT personal_data_erased AND ends_at < :cutoff
                        ORDER BY ends_at LIMIT :batch""")
                .param("communeId", communeId)
                .param("cutoff", Timestamp.from(cutoff))
                .param("batch", BATCH)
                .query(String.class).list();
    }
}
