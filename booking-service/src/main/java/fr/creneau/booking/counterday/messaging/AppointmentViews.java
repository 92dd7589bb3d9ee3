package fr.creneau.booking.counterday.messaging;

import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.Channel;
import fr.creneau.booking.api.ProposedSlot;
import fr.creneau.booking.counterday.domain.AppointmentDetails;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.Proposal;

import java.util.List;

/** Turns a booking into the published {@link Appointment}, and the slots its event offers into published ones. */
public final class AppointmentViews {

    private AppointmentViews() {
    }

    public static Appointment view(Booking booking) {
        AppointmentDetails details = booking.details();
        return new Appointment(details.appointmentTypeId(), details.appointmentTypeLabel(), details.optionId(),
                details.optionLabel(), details.serviceId(), details.placeId(), details.placeName(),
                details.placeAddress(), booking.counterId(), details.counterName(), booking.agentId(),
                booking.range().start(), booking.range().end(), details.timeZone(), booking.persons(),
                Channel.valueOf(booking.channel().name()), details.citizenInformation(), booking.bookedAt());
    }

    static List<ProposedSlot> proposed(List<Proposal> proposals) {
        return proposals.stream()
                .map(slot -> new ProposedSlot(slot.placeId(), slot.placeName(), slot.counterId(), slot.start(),
                        slot.end()))
                .toList();
    }
}
