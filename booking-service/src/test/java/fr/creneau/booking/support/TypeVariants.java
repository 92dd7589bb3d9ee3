package fr.creneau.booking.support;

import fr.creneau.planning.api.AppointmentTypeChanged;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A type as planning describes it, restricted to some services or partner types. */
public final class TypeVariants {

    private TypeVariants() {
    }

    public static AppointmentTypeChanged forServices(AppointmentTypeChanged type, List<String> serviceIds) {
        return with(type, serviceIds, type.partnerTypes());
    }

    public static AppointmentTypeChanged forPartners(AppointmentTypeChanged type, List<String> partnerTypes) {
        return with(type, type.serviceIds(), partnerTypes);
    }

    private static AppointmentTypeChanged with(AppointmentTypeChanged type, List<String> serviceIds,
            List<String> partnerTypes) {
        return new AppointmentTypeChanged(UUID.randomUUID().toString(), Instant.now(), type.communeId(),
                type.appointmentTypeId(), type.label(), type.details(), type.durationMinutes(), type.bookingHorizon(),
                type.minimumNotice(), type.options(), type.maxPersons(), type.durationGrowsWithPersons(),
                type.visibleOnPortal(), serviceIds, type.approvalRequired(), type.citizenInformation(), type.rgpdText(),
                partnerTypes, type.bookableWith(), type.antsNumberRequired(), type.active());
    }
}
