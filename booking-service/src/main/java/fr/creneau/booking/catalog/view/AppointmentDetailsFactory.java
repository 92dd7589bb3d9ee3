package fr.creneau.booking.catalog.view;

import fr.creneau.booking.counterday.domain.AppointmentDetails;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.planning.api.CounterChanged;
import fr.creneau.planning.api.PlaceChanged;
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

    public AppointmentDetails of(AppointmentTypeChanged type, String optionId, CounterChanged counter, ZoneId zone) {
        Optional<PlaceChanged> place = catalog.place(counter.placeId());
        String optionLabel = type.options().stream().filter(option -> option.optionId().equals(optionId))
                .map(AppointmentTypeChanged.Option::label).findFirst().orElse(null);
        String serviceId = type.serviceIds().isEmpty() ? null : type.serviceIds().get(0);
        return new AppointmentDetails(type.appointmentTypeId(), type.label(), optionId, optionLabel, serviceId,
                counter.placeId(), place.map(PlaceChanged::name).orElse(null),
                place.map(PlaceChanged::address).orElse(null), counter.name(), zone.getId(),
                type.citizenInformation(), type.approvalRequired());
    }
}
