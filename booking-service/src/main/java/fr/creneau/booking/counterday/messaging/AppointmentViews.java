package fr.creneau.booking.counterday.messaging;

import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.Channel;
import fr.creneau.booking.api.ProposedSlot;
import fr.creneau.booking.availability.view.AvailabilityFinder;
import fr.creneau.booking.availability.view.Slot;
import fr.creneau.booking.availability.view.SlotSearch;
import fr.creneau.booking.counterday.domain.AppointmentDetails;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Turns a booking into the published {@link Appointment}, and finds slots to offer when the mairie moves one out. */
@Component
class AppointmentViews {

    private static final int PROPOSALS = 3;
    private static final int PROPOSAL_DAYS = 21;

    private final AvailabilityFinder finder;
    private final Clock clock;

    AppointmentViews(AvailabilityFinder finder, Clock clock) {
        this.finder = finder;
        this.clock = clock;
    }

    Appointment view(Booking booking) {
        AppointmentDetails details = booking.details();
        return new Appointment(details.appointmentTypeId(), details.appointmentTypeLabel(), details.optionId(),
                details.optionLabel(), details.serviceId(), details.placeId(), details.placeName(),
                details.placeAddress(), booking.counterId(), details.counterName(), booking.agentId(),
                booking.range().start(), booking.range().end(), details.timeZone(), booking.persons(),
                Channel.valueOf(booking.channel().name()), details.citizenInformation(), booking.bookedAt());
    }

    /** Free slots of the same type from today on, other than the one the appointment had. */
    List<ProposedSlot> proposals(Booking booking) {
        ZoneId zone = ZoneId.of(booking.details().timeZone());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        SlotSearch search = new SlotSearch(booking.communeId(), booking.details().appointmentTypeId(), today,
                today.plusDays(PROPOSAL_DAYS), booking.persons(), null, null, null, Set.of(), null, false,
                PROPOSALS + 1);
        try {
            return finder.find(search).stream()
                    .filter(slot -> !(slot.counterId().equals(booking.counterId())
                            && slot.start().equals(booking.range().start())))
                    .limit(PROPOSALS)
                    .map(AppointmentViews::proposed)
                    .toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private static ProposedSlot proposed(Slot slot) {
        return new ProposedSlot(slot.placeId(), slot.placeName(), slot.counterId(), slot.start(), slot.end());
    }
}
