package fr.creneau.notification.template.domain;

import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.ProposedSlot;
import fr.creneau.notification.shared.domain.WallClock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge fields an appointment gives, as text, plus a few raw values under keys starting with an underscore
 * (start, end, zone, proposed slots) that the composer needs for the calendar file and the links, and from which it
 * writes the dates again in the citizen's language.
 */
public final class AppointmentFields {

    public static final String START = "_start";
    public static final String END = "_end";
    public static final String ZONE = "_zone";
    public static final String PROPOSED = "_proposed";
    public static final String PREVIOUS_START = "_previous_start";
    public static final String OFFERED_START = "_offered_start";
    public static final String OFFER_EXPIRES = "_offer_expires";
    public static final String CODE_EXPIRES = "_code_expires";
    /** the locale of a notice sent before the appointment's contact is known (a one-time code) */
    public static final String LOCALE = "_locale";
    public static final String NO_DOCUMENTS = "_no_documents";
    public static final String NO_REASON = "_no_reason";

    private AppointmentFields() {
    }

    public static Map<String, Object> of(Appointment appointment) {
        ZoneId zone = WallClock.zone(appointment.timeZone());
        Map<String, Object> fields = new HashMap<>();
        fields.put(MergeField.DATE.key(), WallClock.date(appointment.start(), zone));
        fields.put(MergeField.HEURE.key(), WallClock.time(appointment.start(), zone));
        put(fields, MergeField.GUICHET, appointment.counterName());
        put(fields, MergeField.LIEU, appointment.placeName());
        put(fields, MergeField.ADRESSE, appointment.placeAddress());
        put(fields, MergeField.TYPE, appointment.appointmentTypeLabel());
        put(fields, MergeField.OPTION, appointment.optionLabel());
        fields.put(MergeField.DUREE.key(), duration(appointment.start(), appointment.end()));
        fields.put(MergeField.NOMBRE_PERSONNES.key(), String.valueOf(Math.max(1, appointment.persons())));
        boolean noDocuments = appointment.citizenInformation() == null || appointment.citizenInformation().isBlank();
        fields.put(MergeField.DOCUMENTS.key(), noDocuments ? Language.FR.words().noDocuments()
                : appointment.citizenInformation());
        if (noDocuments) {
            fields.put(NO_DOCUMENTS, true);
        }
        fields.put(START, appointment.start().toString());
        fields.put(END, appointment.end().toString());
        fields.put(ZONE, zone.getId());
        return fields;
    }

    public static Map<String, Object> withPrevious(Map<String, Object> fields, Instant previousStart, ZoneId zone) {
        Map<String, Object> copy = new HashMap<>(fields);
        if (previousStart != null) {
            copy.put(MergeField.DATE_PRECEDENTE.key(), WallClock.dateAndTime(previousStart, zone));
            copy.put(PREVIOUS_START, previousStart.toString());
        }
        return copy;
    }

    /** The slot offered from the waiting list, and until when it may be taken. */
    public static Map<String, Object> withOffer(Map<String, Object> fields, Instant offeredStart, Instant expiresAt,
            ZoneId zone) {
        Map<String, Object> copy = new HashMap<>(fields);
        copy.put(MergeField.DATE_PROPOSEE.key(), WallClock.dateAndTime(offeredStart, zone));
        copy.put(MergeField.HEURE_LIMITE.key(), WallClock.time(expiresAt, zone));
        copy.put(OFFERED_START, offeredStart.toString());
        copy.put(OFFER_EXPIRES, expiresAt.toString());
        return copy;
    }

    public static Map<String, Object> withReason(Map<String, Object> fields, String reason) {
        Map<String, Object> copy = new HashMap<>(fields);
        boolean noReason = reason == null || reason.isBlank();
        copy.put(MergeField.MOTIF.key(), noReason ? Language.FR.words().noReason() : reason);
        if (noReason) {
            copy.put(NO_REASON, true);
        }
        return copy;
    }

    public static Map<String, Object> withProposals(Map<String, Object> fields, List<ProposedSlot> slots) {
        Map<String, Object> copy = new HashMap<>(fields);
        copy.put(PROPOSED, (slots == null ? List.<ProposedSlot>of() : slots).stream()
                .map(slot -> Map.of("start", slot.start().toString(),
                        "placeName", slot.placeName() == null ? "" : slot.placeName(),
                        "counterId", slot.counterId() == null ? "" : slot.counterId()))
                .toList());
        return copy;
    }

    static String duration(Instant start, Instant end) {
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + String.format("%02d", minutes % 60);
    }

    private static void put(Map<String, Object> fields, MergeField field, String value) {
        fields.put(field.key(), value == null ? "" : value);
    }
}
