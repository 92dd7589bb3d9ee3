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
 * (start, end, zone, proposed slots) that the composer needs for the calendar file and the links.
 */
public final class AppointmentFields {

    public static final String START = "_start";
    public static final String END = "_end";
    public static final String ZONE = "_zone";
    public static final String PROPOSED = "_proposed";

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
        fields.put(MergeField.DOCUMENTS.key(), appointment.citizenInformation() == null
                || appointment.citizenInformation().isBlank() ? "aucun document particulier"
                : appointment.citizenInformation());
        fields.put(START, appointment.start().toString());
        fields.put(END, appointment.end().toString());
        fields.put(ZONE, zone.getId());
        return fields;
    }

    public static Map<String, Object> withPrevious(Map<String, Object> fields, Instant previousStart, ZoneId zone) {
        Map<String, Object> copy = new HashMap<>(fields);
        if (previousStart != null) {
            copy.put(MergeField.DATE_PRECEDENTE.key(), WallClock.dateAndTime(previousStart, zone));
        }
        return copy;
    }

    /** The slot offered from the waiting list, and until when it may be taken. */
    public static Map<String, Object> withOffer(Map<String, Object> fields, Instant offeredStart, Instant expiresAt,
            ZoneId zone) {
        Map<String, Object> copy = new HashMap<>(fields);
        copy.put(MergeField.DATE_PROPOSEE.key(), WallClock.dateAndTime(offeredStart, zone));
        copy.put(MergeField.HEURE_LIMITE.key(), WallClock.time(expiresAt, zone));
        return copy;
    }

    public static Map<String, Object> withReason(Map<String, Object> fields, String reason) {
        Map<String, Object> copy = new HashMap<>(fields);
        copy.put(MergeField.MOTIF.key(), reason == null || reason.isBlank() ? "non précisé" : reason);
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
