package fr.creneau.booking.catalog.view;

import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.counterday.domain.AppointmentDetails;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Optional;

/** The labels an appointment carries, taken from the catalog at the time it is booked or moved. */
@Component
public class AppointmentDetailsFactory {

    private final Catalog catalog;

    AppointmentDetailsFactory(Catalog catalog) {
        this.catalog = catalog;
    }

    public AppointmentDetails of(AppointmentType type, String optionId, Counter counter, ZoneId zone) {
        Optional<Place> place = catalog.place(counter.placeId());
        String optionLabel = type.options().stream().filter(option -> option.optionId().equals(optionId))
                .map(AppointmentType.Option::label).findFirst().orElse(null);
        String serviceId = type.serviceIds().isEmpty() ? null : type.serviceIds().get(0);
        return new AppointmentDetails(type.appointmentTypeId(), type.label(), optionId, optionLabel, serviceId,
                counter.placeId(), place.map(Place::name).orElse(null),
                place.map(Place::address).orElse(null), counter.name(), zone.getId(),
                type.citizenInformation(), type.approvalRequired());
    }
}
