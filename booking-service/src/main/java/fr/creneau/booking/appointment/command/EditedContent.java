package fr.creneau.booking.appointment.command;

import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.counterday.domain.AppointmentChange;
import fr.creneau.platform.problem.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static fr.creneau.platform.text.Texts.blankToNull;

/** An appointment's content once an edit is applied to it, and what the edit changed. */
record EditedContent(ContactDetails contact, String optionId, int persons, List<AppointmentChange> changes) {

    static EditedContent of(ContactDetails before, String optionBefore, int personsBefore, AppointmentEdit edit) {
        String email = edit.email() == null ? before.email() : blankToNull(edit.email());
        String mobile = edit.mobile() == null ? before.mobile() : blankToNull(edit.mobile());
        if (email == null && mobile == null) {
            throw new InvalidRequestException("Indiquez une adresse e-mail ou un numéro de mobile.");
        }
        ContactDetails after = new ContactDetails(edit.fullName() == null ? before.fullName() : edit.fullName().trim(),
                email, mobile, before.manageToken(), before.locale(),
                edit.antsNumbers() == null ? before.antsNumbers() : edit.antsNumbers(),
                edit.remark() == null ? before.remark() : blankToNull(edit.remark()), before.reference());
        String optionId = edit.optionId() == null ? optionBefore : edit.optionId();
        int persons = edit.persons() == null ? personsBefore : edit.persons();
        List<AppointmentChange> changes = new ArrayList<>();
        if (!Objects.equals(before.fullName(), after.fullName()) || !Objects.equals(before.email(), after.email())
                || !Objects.equals(before.mobile(), after.mobile())) {
            changes.add(AppointmentChange.CONTACT);
        }
        if (!Objects.equals(optionBefore, optionId)) {
            changes.add(AppointmentChange.OPTION);
        }
        if (personsBefore != persons) {
            changes.add(AppointmentChange.PERSONS);
        }
        if (!Objects.equals(before.remark(), after.remark())) {
            changes.add(AppointmentChange.REMARK);
        }
        if (!before.antsNumbers().equals(after.antsNumbers())) {
            changes.add(AppointmentChange.ANTS_NUMBERS);
        }
        return new EditedContent(after, optionId, persons, changes);
    }

    boolean changesSealedDetails() {
        return changes.stream().anyMatch(AppointmentChange::sealed);
    }
}
