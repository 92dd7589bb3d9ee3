package fr.creneau.booking.counterday.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * When the capacity of a day shrinks, which appointments must go: those with an absent agent first (the person
 * they were to meet is not there), then, keeping the others in the order they were booked (first come, first
 * kept), each one that no longer fits beside those kept before it.
 */
public final class DisplacementPolicy {

    private DisplacementPolicy() {
    }

    public static List<Booking> displaced(Collection<Booking> occupying, DayCapacity capacity, Set<String> absentAgentIds) {
        List<Booking> candidates = occupying.stream()
                .sorted(Comparator.comparing((Booking booking) -> absentAgentIds.contains(booking.agentId()))
                        .thenComparing(Booking::bookedAt)
                        .thenComparing(Booking::appointmentId))
                .toList();
        List<Usage> kept = new ArrayList<>();
        List<Booking> displaced = new ArrayList<>();
        for (Booking booking : candidates) {
            boolean fits = booking.agentId() == null || !absentAgentIds.contains(booking.agentId());
            if (fits && capacity.freeUnits(booking.range(), kept) >= booking.units()) {
                kept.add(booking.usage());
            } else {
                displaced.add(booking);
            }
        }
        return displaced;
    }
}
