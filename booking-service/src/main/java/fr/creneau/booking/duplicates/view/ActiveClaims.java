package fr.creneau.booking.duplicates.view;

import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.AppointmentModified;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.SlotReserved;
import fr.creneau.booking.duplicates.domain.PersonIdentifiers;
import fr.creneau.booking.shared.view.ProjectionWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Claims a person's identifiers and ANTS numbers when an appointment is taken, in the transaction of that event:
 * the unique keys of the claim tables then refuse a second active appointment, even from a concurrent request or
 * another instance. The claims are released when the appointment stops being active.
 */
@Component
@ProcessingGroup("booking-projections")
class ActiveClaims {

    private final ProjectionWrites writes;
    private final ContactVault vault;
    private final boolean onePerType;
    private final PersonDigests digests;

    ActiveClaims(ProjectionWrites writes, ContactVault vault,
            @Value("${booking.duplicates.one-active-per-type:true}") boolean onePerType, PersonDigests digests) {
        this.writes = writes;
        this.vault = vault;
        this.onePerType = onePerType;
        this.digests = digests;
    }

    @EventHandler
    void on(SlotReserved event) {
        claim(event.booking(), event.sealedContact());
    }

    @EventHandler
    void on(AppointmentBooked event) {
        claim(event.booking(), event.sealedContact());
    }

    /** Changed contact details or ANTS numbers are claimed again: a claim another appointment holds refuses them. */
    @EventHandler
    void on(AppointmentModified event) {
        if (event.sealedContact() != null) {
            release(event.booking().appointmentId());
            claim(event.booking(), event.sealedContact());
        }
    }

    @EventHandler
    void on(AppointmentEvent event) {
        if (!(event instanceof AppointmentMovedOut) && !event.booking().status().isActive()) {
            release(event.booking().appointmentId());
        }
    }

    private void release(String id) {
        writes.update("person_claim", "DELETE FROM person_claim WHERE appointment_id = :id",
                new MapSqlParameterSource("id", id));
        writes.update("ants_claim", "DELETE FROM ants_claim WHERE appointment_id = :id",
                new MapSqlParameterSource("id", id));
    }

    private void claim(Booking booking, String sealedContact) {
        ContactDetails contact = vault.open(booking.appointmentId(), sealedContact).orElse(null);
        if (contact == null) {
            return;
        }
        if (onePerType) {
            for (String identifier : PersonIdentifiers.of(contact.email(), contact.mobile())) {
                writes.update("person_claim", """
                                INSERT INTO person_claim (commune_id, appointment_type_id, person_digest, appointment_id)
                                VALUES (:communeId, :typeId, :digest, :id)""", new MapSqlParameterSource()
                        .addValue("communeId", booking.communeId())
                        .addValue("typeId", booking.details().appointmentTypeId())
                        .addValue("digest", digests.of(identifier))
                        .addValue("id", booking.appointmentId()));
            }
        }
        for (String number : contact.antsNumbers()) {
            writes.update("ants_claim", "INSERT INTO ants_claim (ants_number, appointment_id) VALUES (:number, :id)",
                    new MapSqlParameterSource("number", number).addValue("id", booking.appointmentId()));
        }
    }
}
