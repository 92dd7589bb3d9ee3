package fr.creneau.booking.manage.web;

import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.counterday.domain.BookingStatus;

import java.time.Instant;
import java.util.Optional;

/**
 * An appointment as its manage page shows it: the labels of its type, option and place are resolved here, so the
 * page opened from a message knows what to say without the commune in its address. No personal data.
 * {@code reference}: the six digits to type on the phone, null for an appointment booked before references.
 */
record ManagedAppointment(
        String appointmentId,
        BookingStatus status,
        String communeId,
        String appointmentTypeId,
        String appointmentTypeLabel,
        String optionId,
        String optionLabel,
        String counterId,
        String placeId,
        String placeName,
        String placeAddress,
        Instant start,
        Instant end,
        int persons,
        String reference) {

    static ManagedAppointment of(AppointmentSummary appointment, Catalog catalog, String reference) {
        Optional<AppointmentType> type = catalog.appointmentType(appointment.appointmentTypeId());
        String optionLabel = type.flatMap(found -> found.options().stream()
                        .filter(option -> option.optionId().equals(appointment.optionId())).findFirst())
                .map(AppointmentType.Option::label).orElse(null);
        Optional<Place> place = catalog.counter(appointment.counterId()).map(Counter::placeId)
                .flatMap(catalog::place);
        return new ManagedAppointment(appointment.appointmentId(), appointment.status(), appointment.communeId(),
                appointment.appointmentTypeId(), type.map(AppointmentType::label).orElse(null),
                appointment.optionId(), optionLabel, appointment.counterId(), place.map(Place::placeId).orElse(null),
                place.map(Place::name).orElse(null), place.map(Place::address).orElse(null),
                appointment.start(), appointment.end(), appointment.persons(), reference);
    }
}
