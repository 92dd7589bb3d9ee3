package fr.creneau.booking.availability.view;

import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.Proposal;
import fr.creneau.booking.counterday.domain.SlotProposals;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The free slots of the availability read model, as the counter-day offers them when the mairie moves one out. */
@Component
class FreeSlotProposals implements SlotProposals {

    private static final int PROPOSALS = 3;
    private static final int PROPOSAL_DAYS = 21;

    private final AvailabilityFinder finder;
    private final Clock clock;

    FreeSlotProposals(AvailabilityFinder finder, Clock clock) {
        this.finder = finder;
        this.clock = clock;
    }

    @Override
    public List<Proposal> insteadOf(Booking booking) {
        return proposals(booking, slot -> slot.counterId().equals(booking.counterId())
                && slot.start().equals(booking.range().start()));
    }

    @Override
    public List<Proposal> insteadOfDay(Booking booking) {
        ZoneId zone = ZoneId.of(booking.details().timeZone());
        LocalDate day = LocalDate.ofInstant(booking.range().start(), zone);
        return proposals(booking, slot -> slot.counterId().equals(booking.counterId())
                && LocalDate.ofInstant(slot.start(), zone).equals(day));
    }

    private List<Proposal> proposals(Booking booking, Predicate<Slot> leftOut) {
        ZoneId zone = ZoneId.of(booking.details().timeZone());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        SlotSearch search = new SlotSearch(booking.communeId(), booking.details().appointmentTypeId(), today,
                today.plusDays(PROPOSAL_DAYS), booking.persons(), null, null, null, Set.of(), null, false,
                Integer.MAX_VALUE);
        try {
            return finder.find(search).stream()
                    .filter(leftOut.negate())
                    .limit(PROPOSALS)
                    .map(slot -> new Proposal(slot.placeId(), slot.placeName(), slot.counterId(), slot.start(),
                            slot.end()))
                    .toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
