package fr.creneau.booking.availability.view;

import fr.creneau.platform.problem.ConflictException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The 409 answered when a slot is taken, with other free slots of the same type to choose from. */
@Component
public class Alternatives {

    private static final int DAYS = 14;
    private static final int COUNT = 5;

    private final AvailabilityFinder finder;
    private final Clock clock;

    Alternatives(AvailabilityFinder finder, Clock clock) {
        this.finder = finder;
        this.clock = clock;
    }

    public ConflictException slotTaken(String communeId, String appointmentTypeId, int persons, String agentId,
            LocalDate day, ZoneId zone, boolean citizen) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate from = day.isBefore(today) ? today : day;
        List<Slot> slots = finder.find(new SlotSearch(communeId, appointmentTypeId, from, from.plusDays(DAYS),
                persons, null, null, agentId, Set.of(), null, citizen, COUNT));
        return new ConflictException("Ce créneau n'est plus disponible. D'autres créneaux libres vous sont proposés.",
                Map.of("alternatives", slots));
    }
}
