package fr.creneau.notification.compose.command;

import fr.creneau.notification.compose.domain.IcsCalendar;
import fr.creneau.notification.compose.domain.OutboundMessage;
import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.template.domain.AppointmentFields;
import fr.creneau.notification.template.domain.Language;
import fr.creneau.notification.template.domain.MergeField;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The .ics joined to the e-mails that change a date in the citizen's calendar: confirmed, approved, moved or
 * modified (PUBLISH), cancelled or unscheduled (CANCEL), always under the appointment's UID. Its SEQUENCE is the
 * second the notice is composed, so that each later version of the event outranks the one before. Its summary and
 * description are in the citizen's language.
 */
@Component
class CalendarAttachment {

    private static final Set<NoticeKind> PUBLISHED =
            EnumSet.of(NoticeKind.CONFIRMATION, NoticeKind.APPROVED, NoticeKind.RESCHEDULED, NoticeKind.MODIFIED);
    private static final Set<NoticeKind> CANCELLED = EnumSet.of(NoticeKind.CANCELLED_BY_CITIZEN,
            NoticeKind.CANCELLED_BY_MAIRIE, NoticeKind.UNSCHEDULED);

    private final Clock clock;

    CalendarAttachment(Clock clock) {
        this.clock = clock;
    }

    List<OutboundMessage.Attachment> attachmentFor(Notice notice, Map<String, String> values, Language language) {
        Object start = notice.mergeData().get(AppointmentFields.START);
        boolean cancel = CANCELLED.contains(notice.kind());
        if (!(cancel || PUBLISHED.contains(notice.kind())) || start == null) {
            return List.of();
        }
        IcsCalendar.Action action = cancel ? IcsCalendar.Action.CANCEL : IcsCalendar.Action.PUBLISH;
        Instant end = Instant.parse(notice.mergeData().get(AppointmentFields.END).toString());
        String location = String.join(", ", values.getOrDefault(MergeField.LIEU.key(), ""),
                values.getOrDefault(MergeField.ADRESSE.key(), ""));
        Language.Words words = language.words();
        String description = words.icsTitle() + values.getOrDefault(MergeField.TYPE.key(), "")
                + "\n" + words.icsDocuments() + values.getOrDefault(MergeField.DOCUMENTS.key(), "")
                + "\n" + words.icsManage() + values.getOrDefault(MergeField.LIEN_GESTION.key(), "");
        String ics = IcsCalendar.event(notice.appointmentId() + "@creneau", Instant.parse(start.toString()), end,
                clock.instant(), values.getOrDefault(MergeField.TYPE.key(), "") + " - " + words.townHall(), location,
                description, (int) clock.instant().getEpochSecond(), action);
        return List.of(new OutboundMessage.Attachment("rendez-vous.ics", "text/calendar; charset=UTF-8; method="
                + action.name(), ics.getBytes(StandardCharsets.UTF_8)));
    }
}
