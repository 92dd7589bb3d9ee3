package fr.creneau.notification.compose.command;

import fr.creneau.booking.api.AppointmentContact;
import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.shared.domain.WallClock;
import fr.creneau.notification.template.domain.AppointmentFields;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The slots offered in place of a cancelled or unscheduled appointment, one line each with its own link. */
final class ProposedSlots {

    private ProposedSlots() {
    }

    static String describe(Notice notice, AppointmentContact contact, Links links) {
        Object proposed = notice.mergeData().get(AppointmentFields.PROPOSED);
        if (!(proposed instanceof List<?> slots) || slots.isEmpty()) {
            return "aucun créneau disponible pour le moment";
        }
        ZoneId zone = WallClock.zone((String) notice.mergeData().get(AppointmentFields.ZONE));
        return slots.stream()
                .map(slot -> (Map<?, ?>) slot)
                .map(slot -> "- " + WallClock.dateAndTime(Instant.parse(slot.get("start").toString()), zone)
                        + (blank(slot.get("placeName")) ? "" : " (" + slot.get("placeName") + ")")
                        + " : " + links.proposedSlot(contact.manageToken(),
                        slot.get("start").toString(), String.valueOf(slot.get("counterId"))))
                .collect(Collectors.joining("\n"));
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
