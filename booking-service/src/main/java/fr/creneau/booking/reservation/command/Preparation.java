package fr.creneau.booking.reservation.command;

import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.contact.view.AntsNumbersToAdd;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.manage.view.ManageTokens;
import fr.creneau.booking.onetimecode.command.IssuedCode;
import fr.creneau.booking.onetimecode.command.OneTimeCodes;
import fr.creneau.booking.reference.view.AppointmentReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a reservation stores before its command, in one transaction (one commit instead of four): the manage
 * link's token, the appointment's reference, the key that seals the contact details, and for a citizen the hash of
 * the code. If the counter-day
 * refuses the slot, {@link #undo} takes it all back, in one transaction too.
 */
@Component
class Preparation {

    /** The contact details (with the manage token), sealed for the event, and the code to send once held. */
    record Prepared(ContactDetails contact, String sealedContact, IssuedCode code) {
    }

    private final ManageTokens tokens;
    private final ContactVault vault;
    private final OneTimeCodes codes;
    private final AppointmentReferences references;
    private final AntsNumbersToAdd numbersToAdd;
    private final TransactionTemplate transaction;

    Preparation(ManageTokens tokens, ContactVault vault, OneTimeCodes codes, AppointmentReferences references,
            AntsNumbersToAdd numbersToAdd, TransactionTemplate transaction) {
        this.numbersToAdd = numbersToAdd;
        this.tokens = tokens;
        this.references = references;
        this.vault = vault;
        this.codes = codes;
        this.transaction = transaction;
    }

    Prepared prepare(String appointmentId, SlotRequest request) {
        return transaction.execute(status -> {
            ContactDetails contact = new ContactDetails(request.fullName(), request.email(), request.mobile(),
                    tokens.issue(appointmentId), request.locale() == null ? "fr" : request.locale(), request.antsNumbers(), request.remark(),
                    references.issue(request.communeId(), appointmentId));
            String sealed = vault.seal(appointmentId, contact);
            if (request.antsNumbersLater()) {
                numbersToAdd.expect(appointmentId, request.persons());
            }
            return new Prepared(contact, sealed, request.needsCode() ? codes.store(appointmentId, sealed) : null);
        });
    }

    void undo(String appointmentId) {
        transaction.executeWithoutResult(status -> {
            vault.erase(appointmentId);
            tokens.forget(appointmentId);
            references.forget(appointmentId);
            codes.forget(appointmentId);
            numbersToAdd.forget(appointmentId);
        });
    }
}
