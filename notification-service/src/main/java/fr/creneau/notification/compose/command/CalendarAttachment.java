package fr.creneau.notification.compose.command;

import fr.creneau.notification.compose.domain.IcsCalendar;
import fr.creneau.notification.compose.domain.OutboundMessage;
import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.template.domain.AppointmentFields;
import fr.creneau.notification.template.domain.MergeField;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The .ics joined to the e-mails that give the citizen a date to keep: confirmed, approved, moved. */
@Component
class CalendarAttachment {

    private static final Set<NoticeKind> WITH_CALENDAR =
            EnumSet.of(NoticeKind.CONFIRMATION, NoticeKind.APPROVED, NoticeKind.RESCHEDULED);

    private final Clock clock;

    CalendarAttachment(Clock clock) {
        this.clock = clock;
    }

    List<OutboundMessage.Attachment> attachmentFor(Notice notice, Map<String, String> values) {
        Object start = notice.mergeData().get(AppointmentFields.START);
        if (!WITH_CALENDAR.contains(notice.kind()) || start == null) {
            return List.of();
        }
        Instant end = Instant.parse(notice.mergeData().get(AppointmentFields.END).toString());
        String location = String.join(", ", values.getOrDefault(MergeField.LIEU.key(), ""),
                values.getOrDefault(MergeField.ADRESSE.key(), ""));
        String description = "Rendez-vous en mairie : " + values.getOrDefault(MergeField.TYPE.key(), "")
                + "\nDocuments à apporter : " + values.getOrDefault(MergeField.DOCUMENTS.key(), "")
                + "\nModifier ou annuler : " + values.getOrDefault(MergeField.LIEN_GESTION.key(), "");
        String ics = IcsCalendar.event(notice.appointmentId() + "@creneau", Instant.parse(start.toString()), end,
                clock.instant(), values.getOrDefault(MergeField.TYPE.key(), "Rendez-vous") + " - mairie", location,
                description, (int) clock.instant().getEpochSecond());
        return List.of(new OutboundMessage.Attachment("rendez-vous.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                ics.getBytes(StandardCharsets.UTF_8)));
    }
}
