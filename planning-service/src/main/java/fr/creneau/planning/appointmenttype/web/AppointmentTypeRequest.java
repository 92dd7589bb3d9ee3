package fr.creneau.planning.appointmenttype.web;

import fr.creneau.planning.appointmenttype.domain.AppointmentTypeSettings;
import fr.creneau.planning.appointmenttype.domain.BookableWith;
import fr.creneau.planning.appointmenttype.domain.TypeOption;

import java.util.List;
import java.util.UUID;

/** Only the label and the duration are required; the rest has the defaults of a simple counter appointment. */
public record AppointmentTypeRequest(
        String label,
        String details,
        Integer durationMinutes,
        String bookingHorizon,
        String minimumNotice,
        List<OptionRequest> options,
        Integer maxPersons,
        Boolean durationGrowsWithPersons,
        Boolean visibleOnPortal,
        List<String> serviceIds,
        Boolean approvalRequired,
        String citizenInformation,
        String rgpdText,
        List<String> partnerTypes,
        BookableWith bookableWith,
        Boolean antsNumberRequired) {

    AppointmentTypeSettings settings() {
        if (durationMinutes == null) {
            throw new IllegalArgumentException("La durée d'un rendez-vous (durationMinutes) est obligatoire.");
        }
        return new AppointmentTypeSettings(label, details, durationMinutes, or(bookingHorizon, "2m"),
                or(minimumNotice, "60m"), typeOptions(), maxPersons == null ? 1 : maxPersons,
                Boolean.TRUE.equals(durationGrowsWithPersons), visibleOnPortal == null || visibleOnPortal,
                serviceIds, Boolean.TRUE.equals(approvalRequired), citizenInformation, rgpdText, partnerTypes,
                bookableWith, Boolean.TRUE.equals(antsNumberRequired));
    }

    private List<TypeOption> typeOptions() {
        if (options == null) {
            return List.of();
        }
        return options.stream().map(option -> new TypeOption(
                option.optionId() == null || option.optionId().isBlank() ? UUID.randomUUID().toString() : option.optionId(),
                option.label())).toList();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
