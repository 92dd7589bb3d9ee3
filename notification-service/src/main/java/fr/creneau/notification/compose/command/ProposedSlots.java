package fr.creneau.notification.compose.command;

import fr.creneau.booking.api.AppointmentContact;
import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.shared.domain.WallClock;
import fr.creneau.notification.template.domain.AppointmentFields;
import fr.creneau.notification.template.domain.Language;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The slots offered in place of a cancelled or unscheduled appointment, one line each with its own link. */
final class ProposedSlots {

    private ProposedSlots() {
    }

    static String describe(Notice notice, AppointmentContact contact, Links links, Language language) {
        Object proposed = notice.mergeData().get(AppointmentFields.PROPOSED);
        if (!(proposed instanceof List<?> slots) || slots.isEmpty()) {
            return language.words().noSlot();
        }
        ZoneId zone = WallClock.zone((String) notice.mergeData().get(AppointmentFields.ZONE));
        String colon = language == Language.FR ? " : " : ": ";
        return slots.stream()
                .map(slot -> (Map<?, ?>) slot)
                .map(slot -> "- " + language.dateAndTime(Instant.parse(slot.get("start").toString()), zone)
                        + (blank(slot.get("placeName")) ? "" : " (" + slot.get("placeName") + ")")
                        + colon + links.proposedSlot(contact.manageToken(),
                        slot.get("start").toString(), String.valueOf(slot.get("counterId")), language))
                .collect(Collectors.joining("\n"));
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
