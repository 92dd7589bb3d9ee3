package fr.creneau.planning.appointmenttype.domain;

import fr.creneau.planning.shared.domain.BookingHorizon;
import fr.creneau.planning.shared.domain.MinimumNotice;

import java.util.HashSet;
import java.util.List;

/** Everything an administrator sets on an appointment type (seed: 6tzen admin guide, "Gestion d'un type"). */
public record AppointmentTypeSettings(
        String label,
        String details,
        int durationMinutes,
        String bookingHorizon,
        String minimumNotice,
        List<TypeOption> options,
        int maxPersons,
        boolean durationGrowsWithPersons,
        boolean visibleOnPortal,
        List<String> serviceIds,
        boolean approvalRequired,
        String citizenInformation,
        String rgpdText,
        List<String> partnerTypes,
        BookableWith bookableWith,
        boolean antsNumberRequired) {

    public AppointmentTypeSettings {
        if (label == null || label.isBlank() || label.length() > 120) {
            throw new IllegalArgumentException("Le libellé du type de rendez-vous est obligatoire (120 caractères au plus).");
        }
        if (durationMinutes < 5 || durationMinutes > 480) {
            throw new IllegalArgumentException("La durée d'un rendez-vous doit être comprise entre 5 et 480 minutes.");
        }
        BookingHorizon.parse(bookingHorizon);
        MinimumNotice.parse(minimumNotice);
        if (maxPersons < 1 || maxPersons > 20) {
            throw new IllegalArgumentException("Le nombre maximum de personnes doit être compris entre 1 et 20.");
        }
        options = options == null ? List.of() : List.copyOf(options);
        if (new HashSet<>(options.stream().map(TypeOption::label).toList()).size() != options.size()) {
            throw new IllegalArgumentException("Deux options portent le même libellé.");
        }
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        partnerTypes = partnerTypes == null ? List.of() : List.copyOf(partnerTypes);
        bookableWith = bookableWith == null ? BookableWith.SERVICE : bookableWith;
        label = label.trim();
    }

    public String bookingHorizonIso() {
        return BookingHorizon.parse(bookingHorizon).iso();
    }

    public String minimumNoticeIso() {
        return MinimumNotice.parse(minimumNotice).iso();
    }
}
