package fr.creneau.notification.compose.command;

import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.shared.domain.WallClock;
import fr.creneau.notification.template.domain.AppointmentFields;
import fr.creneau.notification.template.domain.Language;
import fr.creneau.notification.template.domain.MergeField;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the dates, times and the composer's own phrases of a notice in the citizen's language, in the commune's
 * time zone, from the raw values the notice kept. A notice recorded before it kept them keeps its French text.
 */
final class LocalisedFields {

    private LocalisedFields() {
    }

    static void apply(Notice notice, Language language, Map<String, String> values) {
        Map<String, Object> data = notice.mergeData();
        ZoneId zone = WallClock.zone((String) data.get(AppointmentFields.ZONE));
        instant(data, AppointmentFields.START).ifPresent(start -> {
            values.put(MergeField.DATE.key(), language.date(start, zone));
            values.put(MergeField.HEURE.key(), language.time(start, zone));
        });
        instant(data, AppointmentFields.PREVIOUS_START).ifPresent(previous ->
                values.put(MergeField.DATE_PRECEDENTE.key(), language.dateAndTime(previous, zone)));
        instant(data, AppointmentFields.OFFERED_START).ifPresent(offered ->
                values.put(MergeField.DATE_PROPOSEE.key(), language.dateAndTime(offered, zone)));
        instant(data, AppointmentFields.OFFER_EXPIRES).ifPresent(expires ->
                values.put(MergeField.HEURE_LIMITE.key(), language.time(expires, zone)));
        instant(data, AppointmentFields.CODE_EXPIRES).ifPresent(expires ->
                values.put(MergeField.VALIDITE_CODE.key(), language.time(expires, zone)));
        if (Boolean.TRUE.equals(data.get(AppointmentFields.NO_DOCUMENTS))) {
            values.put(MergeField.DOCUMENTS.key(), language.words().noDocuments());
        }
        if (Boolean.TRUE.equals(data.get(AppointmentFields.NO_REASON))) {
            values.put(MergeField.MOTIF.key(), language.words().noReason());
        }
    }

    private static Optional<Instant> instant(Map<String, Object> data, String key) {
        Object value = data.get(key);
        return value == null ? Optional.empty() : Optional.of(Instant.parse(value.toString()));
    }
}
